# METADATA
# title: Role can exec or attach into pods
# description: >-
#   `create` on pods/exec or pods/attach is a shell in every container of the namespace: with it
#   the holder reads the containers' mounted Secrets and service-account tokens and acts as the
#   application.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/rbac-good-practices/
# custom:
#   id: k8s/rbac-exec-into-pods
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
#       resources: ["pods", "pods/exec"]
#       verbs: ["get", "create"]
#     ```
#     After:
#     ```yaml
#     rules:
#     - apiGroups: [""]
#       resources: ["pods", "pods/log"]
#       verbs: ["get"]
#     ```
#   tags: [security, rbac]
#   equivalents:
#     kubescape: [rule-can-ssh-to-pod-v1, exec-into-container-v1]
package palisade.k8s.rbac_exec_into_pods

import data.palisade.lib.k8s

granted(rule) := {sprintf("create on %s", [sub]) |
	some sub in {"pods/exec", "pods/attach"}
	some verb in {"create", "get"}
	k8s.grants(rule, "", sub, verb)
}

# One finding per rule, naming everything it grants of this kind.
violation contains v if {
	some r in k8s.rbac_rules
	perms := granted(r.rule)
	count(perms) > 0
	v := {
		"msg": sprintf("%s rule %d grants %s; keep interactive access for break-glass roles bound to people, not workloads", [k8s.resource, r.i, concat(", ", sort(perms))]),
		"path": r.path,
	}
}
