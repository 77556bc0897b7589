# METADATA
# title: Role is bound to anonymous or unauthenticated users
# description: >-
#   A binding whose subject is the user `system:anonymous` or the group `system:unauthenticated`
#   gives its permissions to anyone who can reach the API server, with no credentials at all.
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles
# custom:
#   id: k8s/anonymous-binding
#   severity: high
#   kinds: [kubernetes]
#   remediation: |
#     Bind a role with only the permissions the subject needs.
#
#     Before:
#     ```yaml
#     subjects: [{kind: User, name: system:anonymous}]
#     ```
#     After:
#     ```yaml
#     subjects: [{kind: Group, name: oncall}]
#     ```
#   tags: [security, rbac]
#   equivalents:
#     kubescape: [anonymous-access-enabled]
package palisade.k8s.anonymous_binding

import data.palisade.lib.k8s

anonymous := {"system:anonymous", "system:unauthenticated"}

violation contains v if {
	input.kind in {"ClusterRoleBinding", "RoleBinding"}
	some i, s in input.subjects
	s.name in anonymous
	v := {
		"msg": sprintf("%s gives %s %q to %s, that is to anyone who can reach the API server; bind it to authenticated identities", [k8s.resource, object.get(input.roleRef, "kind", "role"), object.get(input.roleRef, "name", "?"), s.name]),
		"path": ["subjects", i],
	}
}
