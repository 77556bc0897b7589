package palisade.k8s.capability_not_allowed_test

import data.palisade.k8s.capability_not_allowed

pod(caps) := {"kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": [{"name": "c", "securityContext": {"capabilities": {"add": caps}}}]}}

test_capabilities_outside_baseline_are_flagged if {
	vs := capability_not_allowed.violation with input as pod(["NET_BIND_SERVICE", "cap_net_raw"])
	count(vs) == 1
	some v in vs
	v.path == ["spec", "containers", 0, "securityContext", "capabilities", "add", 1]
	not v.profile
	contains(v.msg, "NET_RAW")
}

test_baseline_capabilities_are_strict_findings if {
	vs := capability_not_allowed.violation with input as pod(["CHOWN"])
	count(vs) == 1
	some v in vs
	v.profile == "strict"
}

test_dangerous_ones_are_left_to_their_policy if {
	count(capability_not_allowed.violation) == 0 with input as pod(["SYS_ADMIN", "NET_BIND_SERVICE"])
}
