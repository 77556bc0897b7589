package palisade.k8s.run_as_root_test

import data.palisade.k8s.run_as_root

pod(spec) := {"kind": "Pod", "metadata": {"name": "p"}, "spec": spec}

test_pod_level_run_as_non_root_covers_containers if {
	count(run_as_root.violation) == 0 with input as pod({
		"securityContext": {"runAsNonRoot": true},
		"containers": [{"name": "a"}, {"name": "b", "securityContext": {"readOnlyRootFilesystem": true}}],
	})
}

test_container_uid_zero_overrides_pod if {
	vs := run_as_root.violation with input as pod({
		"securityContext": {"runAsNonRoot": true, "runAsUser": 10001},
		"containers": [{"name": "a", "securityContext": {"runAsUser": 0}}],
	})
	{v.path | some v in vs} == {["spec", "containers", 0, "securityContext", "runAsUser"]}
}

test_container_false_overrides_pod_true if {
	vs := run_as_root.violation with input as pod({
		"securityContext": {"runAsNonRoot": true},
		"containers": [{"name": "a", "securityContext": {"runAsNonRoot": false}}],
	})
	{v.path | some v in vs} == {["spec", "containers", 0, "securityContext", "runAsNonRoot"]}
}

test_unset_everywhere_is_flagged_on_the_container if {
	vs := run_as_root.violation with input as pod({"containers": [{"name": "a", "image": "nginx:1.25"}]})
	{v.path | some v in vs} == {["spec", "containers", 0]}
}

test_non_zero_uid_is_enough if {
	count(run_as_root.violation) == 0 with input as pod({
		"securityContext": {"runAsUser": 1001},
		"containers": [{"name": "a"}],
	})
}
