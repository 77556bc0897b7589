package palisade.k8s.memory_requests_missing_test

import data.palisade.k8s.memory_requests_missing

deployment(containers) := {
	"kind": "Deployment",
	"metadata": {"name": "api"},
	"spec": {"template": {"spec": {"initContainers": [{"name": "init"}], "containers": containers}}},
}

test_missing_memory_requests_is_flagged_on_the_nearest_parent if {
	vs := memory_requests_missing.violation with input as deployment([
		{"name": "a"},
		{"name": "b", "resources": {"requests": {}}},
		{"name": "c", "resources": {"requests": {"memory": ""}}},
	])
	{v.path | some v in vs} == {
		["spec", "template", "spec", "containers", 0],
		["spec", "template", "spec", "containers", 1, "resources", "requests"],
		["spec", "template", "spec", "containers", 2, "resources", "requests", "memory"],
	}
	some v in vs
	v.msg == `container "a" in Deployment "api" has no memory requests (resources.requests.memory)`
}

test_set_memory_requests_is_clean_and_init_containers_are_exempt if {
	count(memory_requests_missing.violation) == 0 with input as deployment([
		{"name": "a", "resources": {"requests": {"memory": "256Mi"}}},
		{"name": "b", "resources": {"requests": {"memory": 2}}},
	])
}
