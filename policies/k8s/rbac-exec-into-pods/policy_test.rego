package palisade.k8s.rbac_exec_into_pods_test

import data.palisade.k8s.rbac_exec_into_pods

role(rules) := {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole", "metadata": {"name": "r"}, "rules": rules}

test_the_permission_is_flagged if {
	vs := rbac_exec_into_pods.violation with input as role([
		{"apiGroups": [""], "resources": ["pods/exec"], "verbs": ["create"]},
		{"apiGroups": [""], "resources": ["pods"], "verbs": ["get"]},
	])
	{v.path | some v in vs} == {["rules", 0]}
}

test_other_permissions_are_clean if {
	count(rbac_exec_into_pods.violation) == 0 with input as role([
		{"apiGroups": [""], "resources": ["pods", "pods/log"], "verbs": ["get", "list"]},
	])
}
