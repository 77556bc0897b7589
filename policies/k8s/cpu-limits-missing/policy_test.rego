package palisade.k8s.cpu_limits_missing_test

import data.palisade.k8s.cpu_limits_missing

deployment(containers) := {
	"kind": "Deployment",
	"metadata": {"name": "api"},
	"spec": {"template": {"spec": {"initContainers": [{"name": "init"}], "containers": containers}}},
}

test_missing_cpu_limits_is_flagged_on_the_nearest_parent if {
	vs := cpu_limits_missing.violation with input as deployment([
		{"name": "a"},
		{"name": "b", "resources": {"limits": {}}},
		{"name": "c", "resources": {"limits": {"cpu": ""}}},
	])
	{v.path | some v in vs} == {
		["spec", "template", "spec", "containers", 0],
		["spec", "template", "spec", "containers", 1, "resources", "limits"],
		["spec", "template", "spec", "containers", 2, "resources", "limits", "cpu"],
	}
	some v in vs
	v.msg == `container "a" in Deployment "api" has no cpu limits (resources.limits.cpu)`
}

test_set_cpu_limits_is_clean_and_init_containers_are_exempt if {
	count(cpu_limits_missing.violation) == 0 with input as deployment([
		{"name": "a", "resources": {"limits": {"cpu": "1"}}},
		{"name": "b", "resources": {"limits": {"cpu": 2}}},
	])
}
