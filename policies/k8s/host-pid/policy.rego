# METADATA
# title: Pod shares the host's process namespace
# description: >-
#   With `hostPID: true` the pod's containers see every process on the node, can read their
#   environment and memory through /proc, and can signal them; combined with other privileges
#   this is a direct path to the node.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
# custom:
#   id: k8s/host-pid
#   severity: high
#   kinds: [kubernetes]
#   remediation: |
#     Remove `hostPID: true` from the pod spec.
#
#     Before:
#     ```yaml
#     spec:
#       hostPID: true
#     ```
#     After:
#     ```yaml
#     spec:
#       hostPID: false
#     ```
#   tags: [security, pod-security]
#   frameworks:
#     cis-kubernetes: ["5.2.2"]
#   equivalents:
#     checkov: [CKV_K8S_17]
#     trivy: [KSV010]
#     polaris: [hostPIDSet]
#     kubescape: [host-pid-privileges, host-pid-ipc-privileges]
#     kube-linter: [host-pid]
package palisade.k8s.host_pid

import data.palisade.lib.k8s

violation contains v if {
	k8s.pod_spec.hostPID == true
	v := {
		"msg": sprintf("%s shares the host's process namespace (hostPID: true)", [k8s.resource]),
		"path": array.concat(k8s.pod_spec_path, ["hostPID"]),
	}
}
