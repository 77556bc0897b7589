# METADATA
# title: Workload runs as the default service account
# description: >-
#   Every pod that names no service account runs as its namespace's `default` account, so all
#   of those workloads share one identity: a RoleBinding granted for one of them silently
#   applies to all, and audit logs cannot tell them apart.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/service-accounts/#default-service-accounts
# custom:
#   id: k8s/default-service-account
#   severity: low
#   kinds: [kubernetes]
#   remediation: |
#     Create a dedicated ServiceAccount for the workload and name it in the pod spec.
#
#     Before:
#     ```yaml
#     spec:
#       containers: …
#     ```
#     After:
#     ```yaml
#     spec:
#       serviceAccountName: billing
#       containers: …
#     ```
#   tags: [security, rbac]
#   frameworks:
#     cis-kubernetes: ["5.1.5"]
#   equivalents:
#     kube-linter: [default-service-account]
package palisade.k8s.default_service_account

import data.palisade.lib.k8s

# `serviceAccount` is the deprecated spelling of `serviceAccountName`; Kubernetes still honours it.
account := n if {
	n := k8s.pod_spec.serviceAccountName
	is_string(n)
	n != ""
} else := n if {
	n := k8s.pod_spec.serviceAccount
	is_string(n)
	n != ""
} else := "default"

violation contains v if {
	k8s.pod_spec
	account == "default"
	v := {
		"msg": sprintf("%s runs as its namespace's default service account; give it a dedicated serviceAccountName", [k8s.resource]),
		"path": path,
	}
}

path := array.concat(k8s.pod_spec_path, ["serviceAccountName"]) if {
	k8s.pod_spec.serviceAccountName == "default"
} else := array.concat(k8s.pod_spec_path, ["serviceAccount"]) if {
	k8s.pod_spec.serviceAccount == "default"
} else := k8s.pod_spec_path
