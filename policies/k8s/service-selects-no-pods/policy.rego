# METADATA
# title: Service selects no pods of the scan
# description: >-
#   A Service whose selector matches no pod template has no endpoints: every request to it fails,
#   usually after a label was renamed on one side only. Checked against the workloads of the same
#   scan, so scan the whole manifests folder; Services without a selector (endpoints managed by
#   hand) and ExternalName Services are not judged.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/services-networking/service/
# custom:
#   id: k8s/service-selects-no-pods
#   severity: low
#   profile: strict
#   confidence: medium
#   inventory: true
#   kinds: [kubernetes]
#   remediation: |
#     Make the selector match the labels of the pod template it should route to.
#
#     Before:
#     ```yaml
#     selector:
#       app: frontend     # pods are labelled app: web
#     ```
#     After:
#     ```yaml
#     selector:
#       app: web
#     ```
#   tags: [reliability, inventory]
#   equivalents:
#     kubescape: [service-with-no-workload]
#     kube-linter: [dangling-service]
package palisade.k8s.service_selects_no_pods

import data.palisade.lib.k8s
import data.palisade.lib.k8s_inventory as inventory

violation contains v if {
	inventory.loaded
	input.kind == "Service"
	object.get(input.spec, "type", "ClusterIP") != "ExternalName"
	selector := input.spec.selector
	is_object(selector)
	count(selector) > 0
	not some_pods_selected(selector)
	v := {
		"msg": sprintf("%s selects pods labelled %v, and no workload of this scan in namespace %q runs such pods", [k8s.resource, selector, inventory.namespace]),
		"path": ["spec", "selector"],
	}
}

some_pods_selected(selector) if {
	some p in inventory.pods(inventory.namespace)
	inventory.pod_map_selected(selector, p)
}
