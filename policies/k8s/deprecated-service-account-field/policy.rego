# METADATA
# title: Pod uses the deprecated serviceAccount field
# description: >-
#   `serviceAccount` is a deprecated alias of `serviceAccountName`. When the two disagree,
#   readers and tools pick different accounts, and the field may be dropped from a future API
#   version.
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#security
# custom:
#   id: k8s/deprecated-service-account-field
#   severity: low
#   profile: strict
#   kinds: [kubernetes]
#   remediation: |
#     Rename the field.
#
#     Before:
#     ```yaml
#     serviceAccount: orders
#     ```
#     After:
#     ```yaml
#     serviceAccountName: orders
#     ```
#   tags: [maintainability]
#   equivalents:
#     kubescape: [deprecated-service-account-field]
#     kube-linter: [deprecated-service-account-field]
package palisade.k8s.deprecated_service_account_field

import data.palisade.lib.k8s

violation contains v if {
	name := k8s.pod_spec.serviceAccount
	is_string(name)
	name != ""
	# Both fields naming the same account say one thing; only the old field alone, or a
	# disagreement, leaves readers and tools guessing.
	not k8s.pod_spec.serviceAccountName == name
	v := {
		"msg": sprintf("%s uses the deprecated serviceAccount field (%q); use serviceAccountName", [k8s.resource, name]),
		"path": array.concat(k8s.pod_spec_path, ["serviceAccount"]),
	}
}
