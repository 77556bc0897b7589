package palisade.k8s.dangerous_capabilities_test

import data.palisade.k8s.dangerous_capabilities

pod(caps) := {
	"kind": "Pod",
	"metadata": {"name": "p"},
	"spec": {"containers": [{"name": "a", "securityContext": {"capabilities": {"add": caps}}}]},
}

test_sys_admin_and_all_in_any_case_are_flagged if {
	vs := dangerous_capabilities.violation with input as pod(["NET_BIND_SERVICE", "cap_sys_admin", "all"])
	{v.path | some v in vs} == {
		["spec", "containers", 0, "securityContext", "capabilities", "add", 1],
		["spec", "containers", 0, "securityContext", "capabilities", "add", 2],
	}
	some v in vs
	v.msg == `container "a" in Pod "p" adds the SYS_ADMIN capability`
}

test_harmless_additions_are_clean if {
	count(dangerous_capabilities.violation) == 0 with input as pod(["NET_BIND_SERVICE", "CHOWN"])
	count(dangerous_capabilities.violation) == 0 with input as pod(null)
}
