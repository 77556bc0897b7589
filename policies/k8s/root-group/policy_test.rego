package palisade.k8s.root_group_test

import data.palisade.k8s.root_group

pod(spec) := {"kind": "Pod", "metadata": {"name": "p", "namespace": "app"}, "spec": spec}

test_root_groups_are_flagged if {
	vs := root_group.violation with input as pod({
		"securityContext": {"runAsGroup": 0, "fsGroup": 0, "supplementalGroups": [10, 0]},
		"containers": [{"name": "a"}, {"name": "b", "securityContext": {"runAsGroup": 2000}}],
	})
	{v.path | some v in vs} == {
		["spec", "securityContext", "runAsGroup"],
		["spec", "securityContext", "fsGroup"],
		["spec", "securityContext", "supplementalGroups", 1],
	}
}

test_non_root_groups_are_clean if {
	count(root_group.violation) == 0 with input as pod({
		"securityContext": {"runAsGroup": 10001, "fsGroup": 10001},
		"containers": [{"name": "a"}],
	})
}
