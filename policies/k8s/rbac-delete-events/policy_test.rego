package palisade.k8s.rbac_delete_events_test

import data.palisade.k8s.rbac_delete_events

role(rules) := {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole", "metadata": {"name": "r"}, "rules": rules}

test_the_permission_is_flagged if {
	vs := rbac_delete_events.violation with input as role([
		{"apiGroups": ["events.k8s.io"], "resources": ["events"], "verbs": ["deletecollection"]},
	])
	{v.path | some v in vs} == {["rules", 0]}
}

test_other_permissions_are_clean if {
	count(rbac_delete_events.violation) == 0 with input as role([
		{"apiGroups": ["", "events.k8s.io"], "resources": ["events"], "verbs": ["create", "patch", "get"]},
	])
}
