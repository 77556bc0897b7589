package palisade.k8s.rbac_create_tokens_test

import data.palisade.k8s.rbac_create_tokens

role(rules) := {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole", "metadata": {"name": "r"}, "rules": rules}

test_the_permission_is_flagged if {
	vs := rbac_create_tokens.violation with input as role([
		{"apiGroups": [""], "resources": ["serviceaccounts/token"], "verbs": ["create"]},
	])
	{v.path | some v in vs} == {["rules", 0]}
}

test_other_permissions_are_clean if {
	count(rbac_create_tokens.violation) == 0 with input as role([
		{"apiGroups": [""], "resources": ["serviceaccounts"], "verbs": ["get", "list"]},
	])
}
