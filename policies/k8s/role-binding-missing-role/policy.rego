# METADATA
# title: RoleBinding refers to a role no manifest defines
# description: >-
#   A binding to a Role or ClusterRole that does not exist grants nothing today, and grants
#   whatever a role of that name will say tomorrow: whoever can create that role in the namespace
#   (or cluster) decides what the bound subjects may do. It is also a sign the intended
#   permissions were never deployed. Checked against the roles of the same scan, so scan the whole
#   manifests folder; the ClusterRoles Kubernetes ships (`cluster-admin`, `admin`, `edit`, `view`,
#   `system:*`) always exist.
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/access-authn-authz/rbac/
# custom:
#   id: k8s/role-binding-missing-role
#   severity: medium
#   profile: strict
#   confidence: medium
#   inventory: true
#   kinds: [kubernetes]
#   remediation: |
#     Add the Role/ClusterRole to the manifests or correct `roleRef`.
#
#     Before:
#     ```yaml
#     roleRef:
#       kind: Role
#       name: pod-reader   # defined nowhere
#     ```
#     After:
#     ```yaml
#     roleRef:
#       kind: Role
#       name: pods-read    # the Role defined beside it
#     ```
#   tags: [reliability, inventory]
package palisade.k8s.role_binding_missing_role

import data.palisade.lib.k8s
import data.palisade.lib.k8s_inventory as inventory

builtin_cluster_roles := {"cluster-admin", "admin", "edit", "view"}

violation contains v if {
	inventory.loaded
	input.kind in {"RoleBinding", "ClusterRoleBinding"}
	ref := input.roleRef
	is_string(ref.name)
	not defined(ref)
	v := {
		"msg": sprintf("%s binds %s %q, which no manifest of this scan defines", [k8s.resource, ref.kind, ref.name]),
		"path": ["roleRef", "name"],
	}
}

defined(ref) if {
	ref.kind == "Role"
	input.kind == "RoleBinding"
	inventory.has(inventory.namespace, "Role", ref.name)
}

defined(ref) if {
	ref.kind == "ClusterRole"
	inventory.has_cluster("ClusterRole", ref.name)
}

defined(ref) if {
	ref.kind == "ClusterRole"
	ref.name in builtin_cluster_roles
}

defined(ref) if {
	ref.kind == "ClusterRole"
	startswith(ref.name, "system:")
}

# A kind RBAC does not know is k8s's own validation error, not this policy's finding.
defined(ref) if not ref.kind in {"Role", "ClusterRole"}
