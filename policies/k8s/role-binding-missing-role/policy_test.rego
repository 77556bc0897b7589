package palisade.k8s.role_binding_missing_role_test

import data.palisade.k8s.role_binding_missing_role

binding(kind, name) := {"kind": "RoleBinding", "metadata": {"name": "b", "namespace": "team"}, "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": kind, "name": name}, "subjects": [{"kind": "User", "name": "ann"}]}

roles := {
	"namespace": {"team": {"rbac.authorization.k8s.io/v1": {"Role": {"reader": {"kind": "Role"}}}}},
	"cluster": {"rbac.authorization.k8s.io/v1": {"ClusterRole": {"auditor": {"kind": "ClusterRole"}}}},
}

test_missing_role_is_flagged if {
	vs := role_binding_missing_role.violation with input as binding("Role", "writer") with data.inventory as roles
	count(vs) == 1
	some v in vs
	v.path == ["roleRef", "name"]
}

test_defined_roles_are_clean if {
	count(role_binding_missing_role.violation) == 0 with input as binding("Role", "reader") with data.inventory as roles
	count(role_binding_missing_role.violation) == 0 with input as binding("ClusterRole", "auditor") with data.inventory as roles
}

test_builtin_cluster_roles_exist if {
	count(role_binding_missing_role.violation) == 0 with input as binding("ClusterRole", "view") with data.inventory as roles
	count(role_binding_missing_role.violation) == 0 with input as binding("ClusterRole", "system:auth-delegator") with data.inventory as roles
}

test_a_role_of_another_namespace_does_not_count if {
	other := json.patch(binding("Role", "reader"), [{"op": "replace", "path": "/metadata/namespace", "value": "ops"}])
	count(role_binding_missing_role.violation) == 1 with input as other with data.inventory as roles
}
