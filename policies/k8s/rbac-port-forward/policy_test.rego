package palisade.k8s.rbac_port_forward_test

import data.palisade.k8s.rbac_port_forward

role(rules) := {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole", "metadata": {"name": "r"}, "rules": rules}

test_the_permission_is_flagged if {
	vs := rbac_port_forward.violation with input as role([
		{"apiGroups": [""], "resources": ["pods/portforward"], "verbs": ["create"]},
	])
	{v.path | some v in vs} == {["rules", 0]}
}

test_other_permissions_are_clean if {
	count(rbac_port_forward.violation) == 0 with input as role([
		{"apiGroups": [""], "resources": ["pods", "services"], "verbs": ["get", "list"]},
	])
}
