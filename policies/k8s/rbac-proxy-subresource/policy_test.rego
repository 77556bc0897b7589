package palisade.k8s.rbac_proxy_subresource_test

import data.palisade.k8s.rbac_proxy_subresource

role(rules) := {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole", "metadata": {"name": "r"}, "rules": rules}

test_the_permission_is_flagged if {
	vs := rbac_proxy_subresource.violation with input as role([
		{"apiGroups": [""], "resources": ["nodes/proxy", "nodes/metrics"], "verbs": ["get"]},
	])
	{v.path | some v in vs} == {["rules", 0]}
}

test_other_permissions_are_clean if {
	count(rbac_proxy_subresource.violation) == 0 with input as role([
		{"apiGroups": [""], "resources": ["nodes/metrics", "nodes/stats", "nodes"], "verbs": ["get", "list"]},
	])
}
