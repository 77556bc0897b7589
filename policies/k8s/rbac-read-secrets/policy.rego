# METADATA
# title: Role can read Secrets
# description: >-
#   get, list or watch on Secrets reveals every credential in scope: service-account tokens, TLS
#   keys, registry and database passwords. `list` and `watch` return the values too, not only
#   names. Whoever holds the role (or compromises a pod running with it) holds all of them.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/rbac-good-practices/
# custom:
#   id: k8s/rbac-read-secrets
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
#       resources: ["secrets"]
#       verbs: ["get", "list", "watch"]
#     ```
#     After:
#     ```yaml
#     rules:
#     - apiGroups: [""]
#       resources: ["secrets"]
#       resourceNames: ["app-tls"]
#       verbs: ["get"]
#     ```
#   tags: [security, rbac]
#   equivalents:
#     kubescape: [rule-can-list-get-secrets-v1]
#     kube-linter: [access-to-secrets]
package palisade.k8s.rbac_read_secrets

import data.palisade.lib.k8s

granted(rule) := {"read access (get/list/watch) to Secrets" |
	some verb in {"get", "list", "watch"}
	k8s.grants(rule, "", "secrets", verb)
}

# One finding per rule, naming everything it grants of this kind.
violation contains v if {
	some r in k8s.rbac_rules
	perms := granted(r.rule)
	count(perms) > 0
	v := {
		"msg": sprintf("%s rule %d grants %s; limit it to named Secrets with resourceNames, or drop it", [k8s.resource, r.i, concat(", ", sort(perms))]),
		"path": r.path,
	}
}
