# METADATA
# title: Subject is bound to cluster-admin cluster-wide
# description: >-
#   cluster-admin allows every action on every resource. A binding to it (outside the cluster's
#   own bootstrap) turns the subject, and any pod running as that service account, into a full
#   cluster takeover if compromised.
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles
# custom:
#   id: k8s/cluster-admin-binding
#   severity: high
#   kinds: [kubernetes]
#   remediation: |
#     Bind a role with only the permissions the subject needs.
#
#     Before:
#     ```yaml
#     roleRef: {kind: ClusterRole, name: cluster-admin}
#     ```
#     After:
#     ```yaml
#     roleRef: {kind: ClusterRole, name: edit}   # in a RoleBinding, per namespace
#     ```
#   tags: [security, rbac]
#   equivalents:
#     kube-linter: [cluster-admin-role-binding]
package palisade.k8s.cluster_admin_binding

import data.palisade.lib.k8s

violation contains v if {
	# A RoleBinding to cluster-admin is admin of one namespace; a ClusterRoleBinding is the cluster.
	input.kind == "ClusterRoleBinding"
	input.roleRef.kind == "ClusterRole"
	input.roleRef.name == "cluster-admin"
	v := {
		"msg": sprintf("%s grants cluster-admin to %s; bind a role with only the permissions needed", [k8s.resource, subjects]),
		"path": ["roleRef", "name"],
	}
}

subjects := concat(", ", [sprintf("%s %s", [object.get(s, "kind", "?"), object.get(s, "name", "?")]) | some s in input.subjects]) if {
	count(input.subjects) > 0
} else := "no subject"
