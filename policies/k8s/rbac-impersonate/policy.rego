# METADATA
# title: Role can impersonate users, groups or service accounts
# description: >-
#   The `impersonate` verb lets the holder send requests as any user, group or service account
#   it names, including `system:masters`, so the role is as strong as the strongest identity in
#   the cluster.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/rbac-good-practices/
# custom:
#   id: k8s/rbac-impersonate
#   severity: high
#   kinds: [kubernetes]
#   remediation: |
#     Remove the permission from the role, or grant it only in the namespace and on the named
#     resources (`resourceNames`) that truly need it.
#
#     Before:
#     ```yaml
#     rules:
#     - apiGroups: [""]
#       resources: ["users", "groups"]
#       verbs: ["impersonate"]
#     ```
#     After:
#     ```yaml
#     rules:
#     - apiGroups: [""]
#       resources: ["users"]
#       resourceNames: ["ci-readonly"]
#       verbs: ["impersonate"]
#     ```
#   tags: [security, rbac]
#   equivalents:
#     kubescape: [rule-can-impersonate-users-groups-v1]
package palisade.k8s.rbac_impersonate

import data.palisade.lib.k8s

granted(rule) := {sprintf("impersonate on %s", [resource]) |
	some group in {"", "authentication.k8s.io"}
	some resource in {"users", "groups", "serviceaccounts", "uids", "userextras/scopes"}
	k8s.grants(rule, group, resource, "impersonate")
}

# One finding per rule, naming everything it grants of this kind.
violation contains v if {
	some r in k8s.rbac_rules
	perms := granted(r.rule)
	count(perms) > 0
	v := {
		"msg": sprintf("%s rule %d grants %s; remove it, or limit it to named identities with resourceNames", [k8s.resource, r.i, concat(", ", sort(perms))]),
		"path": r.path,
	}
}
