# METADATA
# title: Role can approve certificate signing requests
# description: >-
#   Approving CertificateSigningRequests (update on certificatesigningrequests/approval) lets
#   the holder issue client certificates the API server trusts, for any user or node name,
#   unless the signers it may approve are narrowed.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/rbac-good-practices/
# custom:
#   id: k8s/rbac-approve-certificates
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Remove the permission from the role, or grant it only in the namespace and on the named
#     resources (`resourceNames`) that truly need it.
#
#     Before:
#     ```yaml
#     rules:
#     - apiGroups: ["certificates.k8s.io"]
#       resources: ["certificatesigningrequests/approval"]
#       verbs: ["update"]
#     ```
#     After:
#     ```yaml
#     rules:
#     - apiGroups: ["certificates.k8s.io"]
#       resources: ["certificatesigningrequests"]
#       verbs: ["get", "list"]
#     ```
#   tags: [security, rbac]
#   equivalents:
#     kubescape: [rule-can-approve-cert-signing-request]
package palisade.k8s.rbac_approve_certificates

import data.palisade.lib.k8s

granted(rule) := {"update on certificatesigningrequests/approval" |
	some verb in {"update", "patch"}
	k8s.grants(rule, "certificates.k8s.io", "certificatesigningrequests/approval", verb)
}

# One finding per rule, naming everything it grants of this kind.
violation contains v if {
	some r in k8s.rbac_rules
	perms := granted(r.rule)
	count(perms) > 0
	v := {
		"msg": sprintf("%s rule %d grants %s; leave approval to the controller manager or to a narrowly scoped signer", [k8s.resource, r.i, concat(", ", sort(perms))]),
		"path": r.path,
	}
}
