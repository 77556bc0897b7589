package palisade.k8s.capabilities_not_dropped_test

import data.palisade.k8s.capabilities_not_dropped

pod(sc) := {"kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": [{"name": "a", "securityContext": sc}]}}

test_drop_all_in_any_case_is_clean if {
	count(capabilities_not_dropped.violation) == 0 with input as pod({"capabilities": {"drop": ["all"]}})
	count(capabilities_not_dropped.violation) == 0 with input as pod({"capabilities": {"drop": ["ALL"], "add": ["NET_BIND_SERVICE"]}})
}

test_dropping_every_default_capability_is_clean if {
	caps := ["audit_write", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_ADMIN",
		"NET_BIND_SERVICE", "NET_RAW", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "CAP_SYS_CHROOT"]
	count(capabilities_not_dropped.violation) == 0 with input as pod({"capabilities": {"drop": caps}})
}

test_no_drop_is_flagged_on_the_nearest_parent if {
	vs := capabilities_not_dropped.violation with input as pod({"runAsNonRoot": true})
	{v.path | some v in vs} == {["spec", "containers", 0, "securityContext"]}
}

test_partial_drop_names_what_is_kept if {
	vs := capabilities_not_dropped.violation with input as pod({"capabilities": {"drop": ["NET_RAW"]}})
	some v in vs
	v.path == ["spec", "containers", 0, "securityContext", "capabilities", "drop"]
	contains(v.msg, "AUDIT_WRITE, CHOWN")
}

test_pod_level_capabilities_do_not_exist if {
	count(capabilities_not_dropped.violation) == 1 with input as {
		"kind": "Pod",
		"spec": {"securityContext": {"capabilities": {"drop": ["ALL"]}}, "containers": [{"name": "a"}]},
	}
}
