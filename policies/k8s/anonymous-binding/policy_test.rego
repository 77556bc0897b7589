package palisade.k8s.anonymous_binding_test

import data.palisade.k8s.anonymous_binding

binding(kind, role, subjects) := {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": kind, "metadata": {"name": "b"}, "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": role}, "subjects": subjects}

test_anonymous_subjects_are_flagged if {
	vs := anonymous_binding.violation with input as binding("ClusterRoleBinding", "view", [{"kind": "Group", "name": "system:unauthenticated"}, {"kind": "User", "name": "alice"}])
	{v.path | some v in vs} == {["subjects", 0]}
}

test_named_subjects_are_clean if {
	count(anonymous_binding.violation) == 0 with input as binding("RoleBinding", "view", [{"kind": "User", "name": "alice"}, {"kind": "Group", "name": "system:authenticated"}])
}
