# METADATA
# title: Workload runs pods no NetworkPolicy selects
# description: >-
#   Pods that no NetworkPolicy selects accept traffic from every pod of the cluster and may
#   connect anywhere: one compromised pod can reach them directly (Pod Security and NSA/CISA
#   hardening guidance: isolate workloads with network policies, default deny). Checked against
#   the NetworkPolicies of the same scan, so scan the whole manifests folder.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/services-networking/network-policies/
# custom:
#   id: k8s/pod-not-isolated
#   severity: low
#   profile: strict
#   confidence: medium
#   inventory: true
#   kinds: [kubernetes]
#   remediation: |
#     Add a NetworkPolicy in the workload's namespace whose podSelector matches its pods (a
#     default-deny policy with `podSelector: {}` covers every pod of the namespace).
#
#     Before:
#     ```yaml
#     # no NetworkPolicy in namespace shop
#     ```
#     After:
#     ```yaml
#     apiVersion: networking.k8s.io/v1
#     kind: NetworkPolicy
#     metadata:
#       name: default-deny
#       namespace: shop
#     spec:
#       podSelector: {}
#       policyTypes: ["Ingress", "Egress"]
#     ```
#   tags: [reliability, inventory]
#   equivalents:
#     kubescape: [ensure_network_policy_configured_in_labels]
#     kube-linter: [non-isolated-pod]
package palisade.k8s.pod_not_isolated

import data.palisade.lib.k8s
import data.palisade.lib.k8s_inventory as inventory

violation contains v if {
	inventory.loaded
	k8s.pod_spec
	labels := inventory.pod_labels(input)
	not isolated(labels)
	v := {
		"msg": sprintf("%s runs pods that no NetworkPolicy of this scan in namespace %q selects: they accept traffic from any pod", [k8s.resource, inventory.namespace]),
		"path": array.slice(k8s.pod_spec_path, 0, count(k8s.pod_spec_path) - 1),
	}
}

isolated(labels) if {
	some np in inventory.objects(inventory.namespace, "NetworkPolicy")
	inventory.selects(object.get(np, ["spec", "podSelector"], {}), labels)
}
