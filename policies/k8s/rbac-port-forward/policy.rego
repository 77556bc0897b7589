# METADATA
# title: Role can port-forward into pods
# description: >-
#   `create` on pods/portforward opens a tunnel from the holder's machine to any port of any pod
#   in scope, bypassing Services, NetworkPolicies and ingress authentication.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/rbac-good-practices/
# custom:
#   id: k8s/rbac-port-forward
#   severity: low
#   kinds: [kubernetes]
#   remediation: |
#     Remove the permission from the role, or grant it only in the namespace and on the named
#     resources (`resourceNames`) that truly need it.
#
#     Before:
#     ```yaml
#     rules:
#     - apiGroups: [""]
#       resources: ["pods/portforward"]
#       verbs: ["create"]
#     ```
#     After:
#     ```yaml
#     rules:
#     - apiGroups: [""]
#       resources: ["pods"]
#       verbs: ["get"]
#     ```
#   tags: [security, rbac]
#   equivalents:
#     kubescape: [rule-can-portforward-v1]
package palisade.k8s.rbac_port_forward

import data.palisade.lib.k8s

granted(rule) := {"create on pods/portforward" |
	some verb in {"create", "get"}
	k8s.grants(rule, "", "pods/portforward", verb)
}

# One finding per rule, naming everything it grants of this kind.
violation contains v if {
	some r in k8s.rbac_rules
	perms := granted(r.rule)
	count(perms) > 0
	v := {
		"msg": sprintf("%s rule %d grants %s; grant it only to break-glass roles", [k8s.resource, r.i, concat(", ", sort(perms))]),
		"path": r.path,
	}
}
