package palisade.k8s.writable_root_filesystem_test

import data.palisade.k8s.writable_root_filesystem

test_unset_and_false_are_flagged if {
	vs := writable_root_filesystem.violation with input as {
		"kind": "Pod",
		"metadata": {"name": "p"},
		"spec": {"containers": [
			{"name": "a", "securityContext": {"readOnlyRootFilesystem": true}},
			{"name": "b"},
			{"name": "c", "securityContext": {"readOnlyRootFilesystem": false}},
		]},
	}
	{v.path | some v in vs} == {["spec", "containers", 1], ["spec", "containers", 2, "securityContext", "readOnlyRootFilesystem"]}
}

test_read_only_everywhere_is_clean if {
	count(writable_root_filesystem.violation) == 0 with input as {
		"kind": "Job",
		"spec": {"template": {"spec": {"containers": [{"name": "a", "securityContext": {"readOnlyRootFilesystem": true}}]}}},
	}
}
