# METADATA
# title: Role or ClusterRole no binding of the scan grants
# description: >-
#   A Role or ClusterRole that no RoleBinding or ClusterRoleBinding refers to grants nothing
#   today, but it is a ready-made grant: anyone allowed to create bindings in the namespace can
#   hand its permissions to any subject later, and reviewers keep auditing rules nobody uses.
#   Most often the binding was renamed or never deployed, so the workload also lacks the
#   permissions it was meant to have. CIS Kubernetes Benchmark 5.1 asks for RBAC to be kept
#   minimal. Checked against the bindings of the same scan, so scan the whole manifests folder;
#   ClusterRoles that aggregate into others (`aggregate-to-*` labels) or that Kubernetes
#   components use by name (`system:*`) are not judged.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/rbac-good-practices/
# custom:
#   id: k8s/role-not-bound
#   severity: low
#   profile: strict
#   confidence: medium
#   inventory: true
#   kinds: [kubernetes]
#   remediation: |
#     Bind the role to the subject that needs it, or delete the role.
#
#     Before:
#     ```yaml
#     kind: Role
#     metadata:
#       name: reader        # the RoleBinding refers to "readers"
#     ```
#     After:
#     ```yaml
#     kind: RoleBinding
#     roleRef:
#       kind: Role
#       name: reader
#     ```
#   tags: [security, rbac, inventory]
package palisade.k8s.role_not_bound

import data.palisade.lib.k8s
import data.palisade.lib.k8s_inventory as inventory

# Every binding of the scan, in any namespace or cluster-wide, with the namespace it grants in.
bindings contains {"binding": b, "namespace": ns} if {
	some ns, apis in data.inventory.namespace
	some api
	some b in apis[api].RoleBinding
}

bindings contains {"binding": b, "namespace": null} if {
	some b in inventory.cluster_objects("ClusterRoleBinding")
}

# A Role is granted by a RoleBinding of its namespace; a ClusterRole by any binding.
bound if {
	input.kind == "Role"
	some e in bindings
	e.namespace == inventory.namespace
	e.binding.roleRef.kind == "Role"
	e.binding.roleRef.name == input.metadata.name
}

bound if {
	input.kind == "ClusterRole"
	some e in bindings
	e.binding.roleRef.kind == "ClusterRole"
	e.binding.roleRef.name == input.metadata.name
}

# Aggregated ClusterRoles take effect through the role they aggregate into.
bound if {
	input.kind == "ClusterRole"
	some label, _ in input.metadata.labels
	startswith(label, "rbac.authorization.k8s.io/aggregate-to-")
}

bound if {
	input.kind == "ClusterRole"
	startswith(input.metadata.name, "system:")
}

violation contains v if {
	inventory.loaded
	input.kind in {"Role", "ClusterRole"}
	is_string(input.metadata.name)
	not bound
	v := {
		"msg": sprintf("%s is granted by no RoleBinding or ClusterRoleBinding of this scan; bind it to the subject that needs it, or delete it", [k8s.resource]),
		"path": ["metadata", "name"],
	}
}
