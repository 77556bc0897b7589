package palisade.k8s.memory_limits_missing_test

import data.palisade.k8s.memory_limits_missing

deployment(containers) := {
	"kind": "Deployment",
	"metadata": {"name": "api"},
	"spec": {"template": {"spec": {"initContainers": [{"name": "init"}], "containers": containers}}},
}

test_missing_memory_limits_is_flagged_on_the_nearest_parent if {
	vs := memory_limits_missing.violation with input as deployment([
		{"name": "a"},
		{"name": "b", "resources": {"limits": {}}},
		{"name": "c", "resources": {"limits": {"memory": ""}}},
	])
	{v.path | some v in vs} == {
		["spec", "template", "spec", "containers", 0],
		["spec", "template", "spec", "containers", 1, "resources", "limits"],
		["spec", "template", "spec", "containers", 2, "resources", "limits", "memory"],
	}
	some v in vs
	v.msg == `container "a" in Deployment "api" has no memory limits (resources.limits.memory)`
}

test_set_memory_limits_is_clean_and_init_containers_are_exempt if {
	count(memory_limits_missing.violation) == 0 with input as deployment([
		{"name": "a", "resources": {"limits": {"memory": "512Mi"}}},
		{"name": "b", "resources": {"limits": {"memory": 2}}},
	])
}
