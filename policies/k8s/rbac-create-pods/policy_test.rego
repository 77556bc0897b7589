package palisade.k8s.rbac_create_pods_test

import data.palisade.k8s.rbac_create_pods

role(rules) := {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole", "metadata": {"name": "r"}, "rules": rules}

test_the_permission_is_flagged if {
	vs := rbac_create_pods.violation with input as role([
		{"apiGroups": ["", "apps"], "resources": ["pods", "deployments"], "verbs": ["create", "get"]},
		{"apiGroups": [""], "resources": ["pods"], "verbs": ["get"]},
	])
	{v.path | some v in vs} == {["rules", 0]}
}

test_other_permissions_are_clean if {
	count(rbac_create_pods.violation) == 0 with input as role([
		{"apiGroups": [""], "resources": ["pods"], "verbs": ["get", "list", "delete"]},
		{"apiGroups": ["apps"], "resources": ["deployments/scale"], "verbs": ["update"]},
	])
}
