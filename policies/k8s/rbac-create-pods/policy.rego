# METADATA
# title: Role can create pods or workloads
# description: >-
#   Creating pods (directly or through Deployments, Jobs, DaemonSets …) lets the holder run any
#   image with any service account of the namespace and mount any Secret there, so the role is
#   worth every permission those service accounts and Secrets carry; without admission control
#   it also allows privileged pods on the nodes.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/rbac-good-practices/
# custom:
#   id: k8s/rbac-create-pods
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
#       resources: ["pods"]
#       verbs: ["create", "delete", "get", "list"]
#     ```
#     After:
#     ```yaml
#     rules:
#     - apiGroups: [""]
#       resources: ["pods"]
#       verbs: ["delete", "get", "list"]
#     ```
#   tags: [security, rbac]
#   equivalents:
#     kubescape: [rule-can-create-pod]
#     kube-linter: [access-to-create-pods]
package palisade.k8s.rbac_create_pods

import data.palisade.lib.k8s

workloads := {
	"": {"pods"},
	"apps": {"deployments", "daemonsets", "statefulsets", "replicasets"},
	"batch": {"jobs", "cronjobs"},
}

granted(rule) := {sprintf("create on %s", [resource]) |
	some group, resources in workloads
	some resource in resources
	k8s.grants(rule, group, resource, "create")
}

# One finding per rule, naming everything it grants of this kind.
violation contains v if {
	some r in k8s.rbac_rules
	perms := granted(r.rule)
	count(perms) > 0
	v := {
		"msg": sprintf("%s rule %d grants %s; run workloads through a deployment pipeline instead, or restrict who is bound to this role", [k8s.resource, r.i, concat(", ", sort(perms))]),
		"path": r.path,
	}
}
