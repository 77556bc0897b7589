# METADATA
# title: Role can change admission webhooks
# description: >-
#   Admission webhooks see and can rewrite every object sent to the API server. Whoever can
#   create or change a MutatingWebhookConfiguration or ValidatingWebhookConfiguration can inject
#   containers into every new pod, read every Secret written, or switch off the policies other
#   webhooks enforce.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/rbac-good-practices/
# custom:
#   id: k8s/rbac-modify-admission-webhooks
#   severity: high
#   kinds: [kubernetes]
#   remediation: |
#     Remove the permission from the role, or grant it only in the namespace and on the named
#     resources (`resourceNames`) that truly need it.
#
#     Before:
#     ```yaml
#     rules:
#     - apiGroups: ["admissionregistration.k8s.io"]
#       resources: ["mutatingwebhookconfigurations"]
#       verbs: ["create", "update", "patch"]
#     ```
#     After:
#     ```yaml
#     rules:
#     - apiGroups: ["admissionregistration.k8s.io"]
#       resources: ["mutatingwebhookconfigurations"]
#       resourceNames: ["acme-injector"]
#       verbs: ["get"]
#     ```
#   tags: [security, rbac]
#   equivalents:
#     kubescape: [rule-can-modify-admission-webhooks]
package palisade.k8s.rbac_modify_admission_webhooks

import data.palisade.lib.k8s

granted(rule) := {sprintf("%s on %s", [verb, resource]) |
	some resource in {"mutatingwebhookconfigurations", "validatingwebhookconfigurations"}
	some verb in {"create", "update", "patch", "delete"}
	k8s.grants(rule, "admissionregistration.k8s.io", resource, verb)
}

# One finding per rule, naming everything it grants of this kind.
violation contains v if {
	some r in k8s.rbac_rules
	perms := granted(r.rule)
	count(perms) > 0
	v := {
		"msg": sprintf("%s rule %d grants %s; keep webhook management with cluster administrators", [k8s.resource, r.i, concat(", ", sort(perms))]),
		"path": r.path,
	}
}
