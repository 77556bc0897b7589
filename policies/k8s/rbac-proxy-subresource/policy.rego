# METADATA
# title: Role can use the nodes, services or pods proxy
# description: >-
#   The proxy subresources forward requests through the API server: nodes/proxy reaches the
#   kubelet API (and with it exec into any pod on the node, bypassing audit of the exec),
#   services/proxy and pods/proxy reach internal endpoints past NetworkPolicies and ingress
#   authentication.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/rbac-good-practices/
# custom:
#   id: k8s/rbac-proxy-subresource
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
#       resources: ["nodes/proxy"]
#       verbs: ["get"]
#     ```
#     After:
#     ```yaml
#     rules:
#     - apiGroups: [""]
#       resources: ["nodes/metrics", "nodes/stats"]
#       verbs: ["get"]
#     ```
#   tags: [security, rbac]
#   equivalents:
#     kubescape: [rule-can-access-proxy-subresource]
package palisade.k8s.rbac_proxy_subresource

import data.palisade.lib.k8s

granted(rule) := {sprintf("%s on %s", [verb, sub]) |
	some sub in {"nodes/proxy", "services/proxy", "pods/proxy"}
	some verb in {"get", "create", "update", "patch"}
	k8s.grants(rule, "", sub, verb)
}

# One finding per rule, naming everything it grants of this kind.
violation contains v if {
	some r in k8s.rbac_rules
	perms := granted(r.rule)
	count(perms) > 0
	v := {
		"msg": sprintf("%s rule %d grants %s; monitoring agents need nodes/metrics or nodes/stats, not the proxy", [k8s.resource, r.i, concat(", ", sort(perms))]),
		"path": r.path,
	}
}
