# METADATA
# title: RBAC role grants wildcard verbs or resources
# description: >-
#   A `*` in a Role's or ClusterRole's verbs or resources grants every action on every matching
#   resource, including ones added to the API later (new CRDs, subresources such as pods/exec).
#   Permissions granted this way are impossible to review and almost always broader than needed.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege
# custom:
#   id: k8s/rbac-wildcard
#   severity: high
#   kinds: [kubernetes]
#   remediation: |
#     List the verbs and resources the subject needs explicitly.
#
#     Before:
#     ```yaml
#     rules:
#       - apiGroups: ["apps"]
#         resources: ["*"]
#         verbs: ["*"]
#     ```
#     After:
#     ```yaml
#     rules:
#       - apiGroups: ["apps"]
#         resources: ["deployments"]
#         verbs: ["get", "list", "watch", "patch"]
#     ```
#   tags: [security, rbac]
#   frameworks:
#     cis-kubernetes: ["5.1.3"]
#   equivalents:
#     checkov: [CKV_K8S_49]
#     kube-linter: [wildcard-in-rules]
#     kubescape: [rule-list-all-cluster-admins-v1, rule-can-list-get-secrets-v1, rule-can-create-pod, rule-can-ssh-to-pod-v1, exec-into-container-v1, rule-can-portforward-v1, rule-can-impersonate-users-groups-v1, rule-can-bind-escalate, rule-can-approve-cert-signing-request, rule-can-create-service-account-token, rule-can-modify-admission-webhooks, rule-can-access-proxy-subresource, rule-can-delete-k8s-events-v1]
package palisade.k8s.rbac_wildcard

import data.palisade.lib.k8s

role_kinds := {"Role", "ClusterRole"}

fields := {"verbs": "verbs", "resources": "resources"}

violation contains v if {
	input.kind in role_kinds
	some i, rule in input.rules
	some field, _ in fields
	some j, value in rule[field]
	value == "*"
	v := {
		"msg": sprintf("%s rule %d grants all %s (\"*\"); list the %s it needs explicitly", [k8s.resource, i, field, field]),
		"path": ["rules", i, field, j],
	}
}
