# METADATA
# title: Role can delete events
# description: >-
#   Events are the cluster's record of what happened to pods and nodes. Deleting them lets the
#   holder hide failed logins, crash loops and evictions from anyone investigating.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/rbac-good-practices/
# custom:
#   id: k8s/rbac-delete-events
#   severity: low
#   profile: strict
#   kinds: [kubernetes]
#   remediation: |
#     Remove the permission from the role, or grant it only in the namespace and on the named
#     resources (`resourceNames`) that truly need it.
#
#     Before:
#     ```yaml
#     rules:
#     - apiGroups: [""]
#       resources: ["events"]
#       verbs: ["create", "delete"]
#     ```
#     After:
#     ```yaml
#     rules:
#     - apiGroups: [""]
#       resources: ["events"]
#       verbs: ["create", "patch"]
#     ```
#   tags: [security, rbac]
#   equivalents:
#     kubescape: [rule-can-delete-k8s-events-v1]
package palisade.k8s.rbac_delete_events

import data.palisade.lib.k8s

granted(rule) := {sprintf("%s on events", [verb]) |
	some group in {"", "events.k8s.io"}
	some verb in {"delete", "deletecollection"}
	k8s.grants(rule, group, "events", verb)
}

# One finding per rule, naming everything it grants of this kind.
violation contains v if {
	some r in k8s.rbac_rules
	perms := granted(r.rule)
	count(perms) > 0
	v := {
		"msg": sprintf("%s rule %d grants %s; events expire on their own", [k8s.resource, r.i, concat(", ", sort(perms))]),
		"path": r.path,
	}
}
