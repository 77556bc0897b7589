package palisade.k8s.rbac_impersonate_test

import data.palisade.k8s.rbac_impersonate

role(rules) := {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole", "metadata": {"name": "r"}, "rules": rules}

test_the_permission_is_flagged if {
	vs := rbac_impersonate.violation with input as role([
		{"apiGroups": [""], "resources": ["users", "groups"], "verbs": ["impersonate"]},
	])
	{v.path | some v in vs} == {["rules", 0]}
}

test_other_permissions_are_clean if {
	count(rbac_impersonate.violation) == 0 with input as role([
		{"apiGroups": [""], "resources": ["users"], "verbs": ["get"]},
	])
}
