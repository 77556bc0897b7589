package palisade.k8s.role_not_bound_test

import data.palisade.k8s.role_not_bound

role(kind, name) := {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": kind, "metadata": {"name": name, "namespace": "shop"}, "rules": []}

binding(kind, ns, ref_kind, ref_name) := {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": kind, "metadata": {"name": "b", "namespace": ns}, "roleRef": {"kind": ref_kind, "name": ref_name}}

rb(ns, ref_kind, ref_name) := {"namespace": {ns: {"rbac.authorization.k8s.io/v1": {"RoleBinding": {"b": binding("RoleBinding", ns, ref_kind, ref_name)}}}}}

test_a_role_no_binding_refers_to_is_flagged if {
	vs := role_not_bound.violation with input as role("Role", "reader") with data.inventory as rb("shop", "Role", "readers")
	{v.path | some v in vs} == {["metadata", "name"]}
	# A RoleBinding of another namespace does not grant a Role of this one.
	count(role_not_bound.violation) == 1 with input as role("Role", "reader") with data.inventory as rb("web", "Role", "reader")
	count(role_not_bound.violation) == 1 with input as role("ClusterRole", "reader") with data.inventory as rb("shop", "Role", "reader")
}

test_bound_aggregated_and_system_roles_are_clean if {
	count(role_not_bound.violation) == 0 with input as role("Role", "reader") with data.inventory as rb("shop", "Role", "reader")
	count(role_not_bound.violation) == 0 with input as role("ClusterRole", "reader") with data.inventory as rb("web", "ClusterRole", "reader")
	crb := {"cluster": {"rbac.authorization.k8s.io/v1": {"ClusterRoleBinding": {"b": binding("ClusterRoleBinding", null, "ClusterRole", "reader")}}}}
	count(role_not_bound.violation) == 0 with input as role("ClusterRole", "reader") with data.inventory as crb
	aggregated := json.patch(role("ClusterRole", "reader"), [{"op": "add", "path": "/metadata/labels", "value": {"rbac.authorization.k8s.io/aggregate-to-view": "true"}}])
	count(role_not_bound.violation) == 0 with input as aggregated with data.inventory as rb("shop", "Role", "x")
	count(role_not_bound.violation) == 0 with input as role("ClusterRole", "system:auth-delegator-x") with data.inventory as rb("shop", "Role", "x")
}

test_nothing_is_judged_without_an_inventory if {
	count(role_not_bound.violation) == 0 with input as role("Role", "reader")
}
