# METADATA
# title: Role can bind or escalate roles
# description: >-
#   RBAC normally stops a user from granting permissions they do not have. The `bind` verb on
#   roles/clusterroles and the `escalate` verb lift that check, and `create` on
#   (cluster)rolebindings together with bind lets the holder give themselves any role, up to
#   cluster-admin.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/rbac-good-practices/
# custom:
#   id: k8s/rbac-bind-or-escalate
#   severity: high
#   kinds: [kubernetes]
#   remediation: |
#     Remove the permission from the role, or grant it only in the namespace and on the named
#     resources (`resourceNames`) that truly need it.
#
#     Before:
#     ```yaml
#     rules:
#     - apiGroups: ["rbac.authorization.k8s.io"]
#       resources: ["clusterroles"]
#       verbs: ["bind", "escalate"]
#     ```
#     After:
#     ```yaml
#     rules:
#     - apiGroups: ["rbac.authorization.k8s.io"]
#       resources: ["clusterroles"]
#       verbs: ["get", "list"]
#     ```
#   tags: [security, rbac]
#   equivalents:
#     kubescape: [rule-can-bind-escalate]
package palisade.k8s.rbac_bind_or_escalate

import data.palisade.lib.k8s

granted(rule) := {sprintf("%s on %s", [verb, resource]) |
	some verb in {"bind", "escalate"}
	some resource in {"roles", "clusterroles"}
	k8s.grants(rule, "rbac.authorization.k8s.io", resource, verb)
}

# One finding per rule, naming everything it grants of this kind.
violation contains v if {
	some r in k8s.rbac_rules
	perms := granted(r.rule)
	count(perms) > 0
	v := {
		"msg": sprintf("%s rule %d grants %s, which lets the holder grant itself any permission; remove it", [k8s.resource, r.i, concat(", ", sort(perms))]),
		"path": r.path,
	}
}
