# METADATA
# title: PodDisruptionBudget requires as many pods as the workload runs
# description: >-
#   A PodDisruptionBudget whose `minAvailable` is at least the number of replicas of the workload
#   it selects (its `replicas`, or the `minReplicas` of the HorizontalPodAutoscaler or KEDA
#   ScaledObject that scales it) allows no eviction at that size: `kubectl drain`, node upgrades
#   and cluster-autoscaler scale-down hang on the nodes those pods run on. The classic case is
#   `minAvailable: 1` on a single-replica Deployment. Checked against the workloads and
#   autoscalers of the same scan; nothing is reported for a workload the scan does not see.
# related_resources:
#   - ref: https://kubernetes.io/docs/tasks/run-application/configure-pdb/#think-about-how-your-application-reacts-to-disruptions
# custom:
#   id: k8s/pdb-min-available-replicas
#   severity: medium
#   profile: strict
#   confidence: medium
#   inventory: true
#   kinds: [kubernetes]
#   remediation: |
#     Run more replicas than `minAvailable` (at least minAvailable + 1, also as the autoscaler's
#     minimum), or use `maxUnavailable: 1` instead of `minAvailable`.
#
#     Before:
#     ```yaml
#     spec:
#       minAvailable: 1   # the Deployment runs replicas: 1
#     ```
#     After:
#     ```yaml
#     spec:
#       maxUnavailable: 1
#     ```
#   tags: [reliability, inventory]
#   equivalents:
#     kube-linter: [pdb-min-available]
package palisade.k8s.pdb_min_available_replicas

import data.palisade.lib.k8s
import data.palisade.lib.k8s_inventory as inventory

# Workloads with a replica count; a DaemonSet runs one pod per node, which a manifest cannot know.
replicated := {"Deployment", "StatefulSet", "ReplicaSet", "ReplicationController", "DeploymentConfig", "Rollout"}

# The fewest pods a workload runs: the minimum of the autoscalers that scale it (HPA minReplicas,
# default 1; KEDA minReplicaCount, default 0), else its replicas (default 1).
autoscaler_minimums(obj) := {n |
	some hpa in inventory.objects(inventory.namespace, "HorizontalPodAutoscaler")
	targets(hpa.spec.scaleTargetRef, obj)
	n := object.get(hpa, ["spec", "minReplicas"], 1)
} | {n |
	some so in inventory.objects(inventory.namespace, "ScaledObject")
	targets(so.spec.scaleTargetRef, obj)
	n := object.get(so, ["spec", "minReplicaCount"], 0)
}

# KEDA's scaleTargetRef defaults its kind to Deployment.
targets(ref, obj) if {
	object.get(ref, "kind", "Deployment") == obj.kind
	ref.name == obj.metadata.name
}

fewest_pods(obj) := min(ns) if {
	ns := autoscaler_minimums(obj)
	count(ns) > 0
} else := object.get(obj, ["spec", "replicas"], 1)

violation contains v if {
	inventory.loaded
	input.kind == "PodDisruptionBudget"
	required := input.spec.minAvailable
	is_number(required)
	# An empty selector selects every pod of the namespace in policy/v1 and none in v1beta1.
	count(input.spec.selector) > 0
	some pod in inventory.pods(inventory.namespace)
	pod.object.kind in replicated
	inventory.pod_selected(input.spec.selector, pod)
	n := fewest_pods(pod.object)
	is_number(n)
	required >= n
	v := {
		"msg": sprintf("%s requires %d available pods, but %s %q runs %d; no pod can be evicted at that size, so node drains hang. Run more replicas or use maxUnavailable: 1", [k8s.resource, required, pod.object.kind, pod.object.metadata.name, n]),
		"path": ["spec", "minAvailable"],
	}
}
