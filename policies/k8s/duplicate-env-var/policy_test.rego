package palisade.k8s.duplicate_env_var_test

import data.palisade.k8s.duplicate_env_var

pod(spec) := {"kind": "Pod", "metadata": {"name": "p", "namespace": "app"}, "spec": spec}

test_duplicates_are_flagged if {
	vs := duplicate_env_var.violation with input as pod({"containers": [{"name": "a", "env": [{"name": "A", "value": "1"}, {"name": "B", "value": "2"}, {"name": "A", "value": "3"}]}]})
	{v.path | some v in vs} == {["spec", "containers", 0, "env", 0], ["spec", "containers", 0, "env", 2]}
	some v in vs
	v.path == ["spec", "containers", 0, "env", 0]
	contains(v.msg, "this entry has no effect")
}

test_distinct_names_are_clean if {
	count(duplicate_env_var.violation) == 0 with input as pod({"containers": [{"name": "a", "env": [{"name": "A", "value": "1"}]}, {"name": "b", "env": [{"name": "A", "value": "1"}]}]})
}
