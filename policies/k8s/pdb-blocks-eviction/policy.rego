# METADATA
# title: PodDisruptionBudget allows no voluntary disruption
# description: >-
#   A PodDisruptionBudget with `maxUnavailable: 0` (or `0%`), or `minAvailable: 100%`, lets the
#   eviction API evict none of its pods. `kubectl drain`, node upgrades, cluster-autoscaler
#   scale-down and managed node-pool upgrades then hang on those nodes until someone deletes the
#   budget by hand, which is how clusters end up running unpatched nodes. Kubernetes documents
#   the setting as blocking every voluntary eviction.
# related_resources:
#   - ref: https://kubernetes.io/docs/tasks/run-application/configure-pdb/#arbitrary-controllers-and-selectors
# custom:
#   id: k8s/pdb-blocks-eviction
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Allow at least one pod to be evicted at a time: `maxUnavailable: 1`, or a `minAvailable`
#     below the number of replicas.
#
#     Before:
#     ```yaml
#     spec:
#       maxUnavailable: 0
#     ```
#     After:
#     ```yaml
#     spec:
#       maxUnavailable: 1
#     ```
#   tags: [reliability]
#   equivalents:
#     kube-linter: [pdb-max-unavailable]
#     polaris: [pdbDisruptionsIsZero]
package palisade.k8s.pdb_blocks_eviction

import data.palisade.lib.k8s

# 0, "0" and "0%" are all zero; a percentage is of the selected pods, so 100% of them is all.
zero(value) if value == 0

zero(value) if {
	is_string(value)
	regex.match(`^0+%?$`, trim_space(value))
}

all_pods(value) if {
	is_string(value)
	regex.match(`^0*100%$`, trim_space(value))
}

violation contains v if {
	input.kind == "PodDisruptionBudget"
	zero(input.spec.maxUnavailable)
	v := {
		"msg": sprintf("%s sets maxUnavailable: %v, so no pod it covers can ever be evicted; node drains and upgrades hang. Allow at least 1", [k8s.resource, input.spec.maxUnavailable]),
		"path": ["spec", "maxUnavailable"],
	}
}

violation contains v if {
	input.kind == "PodDisruptionBudget"
	all_pods(input.spec.minAvailable)
	v := {
		"msg": sprintf("%s sets minAvailable: %s, so no pod it covers can ever be evicted; node drains and upgrades hang. Use maxUnavailable: 1 or a lower minAvailable", [k8s.resource, input.spec.minAvailable]),
		"path": ["spec", "minAvailable"],
	}
}
