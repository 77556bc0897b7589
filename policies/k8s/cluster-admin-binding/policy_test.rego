package palisade.k8s.cluster_admin_binding_test

import data.palisade.k8s.cluster_admin_binding

binding(kind, role, subjects) := {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": kind, "metadata": {"name": "b"}, "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": role}, "subjects": subjects}

test_cluster_admin_is_flagged if {
	vs := cluster_admin_binding.violation with input as binding("ClusterRoleBinding", "cluster-admin", [{"kind": "ServiceAccount", "name": "ci", "namespace": "ci"}])
	[v.msg | some v in vs] == [`ClusterRoleBinding "b" grants cluster-admin to ServiceAccount ci; bind a role with only the permissions needed`]
}

test_other_roles_are_clean if {
	count(cluster_admin_binding.violation) == 0 with input as binding("ClusterRoleBinding", "view", [{"kind": "ServiceAccount", "name": "ci"}])
}
