# METADATA
# title: Workload selector does not match its pod template's labels
# description: >-
#   A Deployment, StatefulSet, DaemonSet or ReplicaSet manages the pods its selector matches. If
#   the pod template lacks a label the selector requires, the API server rejects the object
#   (apps/v1), or older controllers create pods they never recognise and keep creating more.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#selector
# custom:
#   id: k8s/selector-mismatch
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Give the pod template every label of spec.selector.matchLabels.
#
#     Before:
#     ```yaml
#     selector:
#       matchLabels: {app: orders}
#     template:
#       metadata:
#         labels: {app: order}
#     ```
#     After:
#     ```yaml
#     selector:
#       matchLabels: {app: orders}
#     template:
#       metadata:
#         labels: {app: orders}
#     ```
#   tags: [correctness]
#   equivalents:
#     kubescape: [mismatching-selector]
#     kube-linter: [mismatching-selector]
package palisade.k8s.selector_mismatch

import data.palisade.lib.k8s

violation contains v if {
	input.kind in {"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet"}
	labels := object.get(input, ["spec", "template", "metadata", "labels"], {})
	some key, value in input.spec.selector.matchLabels
	not labels[key] == value
	v := {
		"msg": sprintf("%s selects pods with %s=%s, but its pod template does not carry that label; make them match", [k8s.resource, key, value]),
		"path": ["spec", "selector", "matchLabels", key],
	}
}
