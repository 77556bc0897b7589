# METADATA
# title: NetworkPolicy selects no pods of the scan
# description: >-
#   A NetworkPolicy whose podSelector matches no pod template protects nothing: the pods it was
#   written for accept traffic from anywhere, typically after a label was renamed on one side.
#   Checked against the workloads of the same scan, so scan the whole manifests folder; an empty
#   podSelector (every pod of the namespace) is not judged.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/services-networking/network-policies/
# custom:
#   id: k8s/network-policy-selects-nothing
#   severity: medium
#   profile: strict
#   confidence: medium
#   inventory: true
#   kinds: [kubernetes]
#   remediation: |
#     Make `podSelector` match the labels of the pods the policy should isolate.
#
#     Before:
#     ```yaml
#     podSelector:
#       matchLabels:
#         app: frontend    # pods are labelled app: web
#     ```
#     After:
#     ```yaml
#     podSelector:
#       matchLabels:
#         app: web
#     ```
#   tags: [reliability, inventory]
#   equivalents:
#     kubescape: [dangling-networkpolicy]
#     kube-linter: [dangling-networkpolicy]
package palisade.k8s.network_policy_selects_nothing

import data.palisade.lib.k8s
import data.palisade.lib.k8s_inventory as inventory

violation contains v if {
	inventory.loaded
	input.kind == "NetworkPolicy"
	selector := input.spec.podSelector
	is_object(selector)
	count(object.get(selector, "matchLabels", {})) + count(object.get(selector, "matchExpressions", [])) > 0
	not some_pods_selected(selector)
	v := {
		"msg": sprintf("%s selects no pods: no workload of this scan in namespace %q runs pods its podSelector matches", [k8s.resource, inventory.namespace]),
		"path": ["spec", "podSelector"],
	}
}

some_pods_selected(selector) if {
	some p in inventory.pods(inventory.namespace)
	inventory.pod_selected(selector, p)
}
