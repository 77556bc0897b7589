package palisade.k8s.rbac_read_secrets_test

import data.palisade.k8s.rbac_read_secrets

role(rules) := {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole", "metadata": {"name": "r"}, "rules": rules}

test_the_permission_is_flagged if {
	vs := rbac_read_secrets.violation with input as role([
		{"apiGroups": [""], "resources": ["secrets", "configmaps"], "verbs": ["list"]},
		{"apiGroups": [""], "resources": ["configmaps"], "verbs": ["get"]},
	])
	{v.path | some v in vs} == {["rules", 0]}
}

test_other_permissions_are_clean if {
	count(rbac_read_secrets.violation) == 0 with input as role([
		{"apiGroups": [""], "resources": ["configmaps"], "verbs": ["get", "list"]},
		{"apiGroups": [""], "resources": ["secrets"], "verbs": ["create"]},
	])
}
