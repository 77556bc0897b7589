# METADATA
# title: Role can mint service-account tokens
# description: >-
#   `create` on serviceaccounts/token issues API tokens for any service account in scope, so the
#   holder can act as each of them, with all their permissions, for as long as the tokens last.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/rbac-good-practices/
# custom:
#   id: k8s/rbac-create-tokens
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Remove the permission from the role, or grant it only in the namespace and on the named
#     resources (`resourceNames`) that truly need it.
#
#     Before:
#     ```yaml
#     rules:
#     - apiGroups: [""]
#       resources: ["serviceaccounts/token"]
#       verbs: ["create"]
#     ```
#     After:
#     ```yaml
#     rules:
#     - apiGroups: [""]
#       resources: ["serviceaccounts/token"]
#       resourceNames: ["registry-puller"]
#       verbs: ["create"]
#     ```
#   tags: [security, rbac]
#   equivalents:
#     kubescape: [rule-can-create-service-account-token]
package palisade.k8s.rbac_create_tokens

import data.palisade.lib.k8s

granted(rule) := {"create on serviceaccounts/token" |
	k8s.grants(rule, "", "serviceaccounts/token", "create")
}

# One finding per rule, naming everything it grants of this kind.
violation contains v if {
	some r in k8s.rbac_rules
	perms := granted(r.rule)
	count(perms) > 0
	v := {
		"msg": sprintf("%s rule %d grants %s; limit it to named service accounts with resourceNames", [k8s.resource, r.i, concat(", ", sort(perms))]),
		"path": r.path,
	}
}
