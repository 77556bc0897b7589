package palisade.k8s.privileged_container_test

import data.palisade.k8s.privileged_container

test_privileged_init_container_in_daemonset if {
	vs := privileged_container.violation with input as {
		"kind": "DaemonSet",
		"metadata": {"name": "agent"},
		"spec": {"template": {"spec": {
			"initContainers": [{"name": "setup", "securityContext": {"privileged": true}}],
			"containers": [{"name": "agent", "securityContext": {"privileged": false}}],
		}}},
	}
	count(vs) == 1
	some v in vs
	v.path == ["spec", "template", "spec", "initContainers", 0, "securityContext", "privileged"]
	v.msg == `init container "setup" in DaemonSet "agent" runs in privileged mode, with full access to the node's devices and kernel`
}

test_unprivileged_and_unset_are_clean if {
	count(privileged_container.violation) == 0 with input as {
		"kind": "Pod",
		"metadata": {"name": "web"},
		"spec": {"containers": [{"name": "a", "securityContext": {"privileged": false}}, {"name": "b"}]},
	}
}

test_pod_level_field_is_ignored if {
	count(privileged_container.violation) == 0 with input as {
		"kind": "Pod",
		"spec": {"securityContext": {"privileged": true}, "containers": [{"name": "a", "securityContext": {"privileged": false}}]},
	}
}
