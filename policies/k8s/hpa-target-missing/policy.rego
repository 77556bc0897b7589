# METADATA
# title: HorizontalPodAutoscaler targets a workload no manifest defines
# description: >-
#   An HPA whose scaleTargetRef names a missing workload scales nothing: the workload it was meant
#   for runs at a fixed size and falls over under load, while the autoscaler looks configured.
#   Checked against the workloads of the same scan, so scan the whole manifests folder.
# related_resources:
#   - ref: https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/
# custom:
#   id: k8s/hpa-target-missing
#   severity: low
#   profile: strict
#   confidence: medium
#   inventory: true
#   kinds: [kubernetes]
#   remediation: |
#     Point `scaleTargetRef` at the workload's kind and name (in the HPA's namespace), or remove the HPA.
#
#     Before:
#     ```yaml
#     scaleTargetRef:
#       kind: Deployment
#       name: web-v1   # renamed to web
#     ```
#     After:
#     ```yaml
#     scaleTargetRef:
#       kind: Deployment
#       name: web
#     ```
#   tags: [reliability, inventory]
#   equivalents:
#     kubescape: [hpa-has-target]
#     kube-linter: [dangling-horizontalpodautoscaler]
package palisade.k8s.hpa_target_missing

import data.palisade.lib.k8s
import data.palisade.lib.k8s_inventory as inventory

# Kinds a manifest scan can see; a target of another kind (a custom resource with a scale
# subresource whose definition lives elsewhere) is not judged.
scalable := {"Deployment", "StatefulSet", "ReplicaSet", "ReplicationController", "DeploymentConfig", "Rollout"}

violation contains v if {
	inventory.loaded
	input.kind == "HorizontalPodAutoscaler"
	ref := input.spec.scaleTargetRef
	ref.kind in scalable
	not inventory.has(inventory.namespace, ref.kind, ref.name)
	v := {
		"msg": sprintf("%s scales %s %q, which no manifest of this scan defines in namespace %q", [k8s.resource, ref.kind, ref.name, inventory.namespace]),
		"path": ["spec", "scaleTargetRef", "name"],
	}
}
