# METADATA
# title: Pod shares the host's IPC namespace
# description: >-
#   With `hostIPC: true` the pod's containers can read and write the shared memory segments and
#   message queues of every process on the node, including other pods' data.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
# custom:
#   id: k8s/host-ipc
#   severity: high
#   kinds: [kubernetes]
#   remediation: |
#     Remove `hostIPC: true` from the pod spec.
#
#     Before:
#     ```yaml
#     spec:
#       hostIPC: true
#     ```
#     After:
#     ```yaml
#     spec:
#       hostIPC: false
#     ```
#   tags: [security, pod-security]
#   frameworks:
#     cis-kubernetes: ["5.2.3"]
#   equivalents:
#     checkov: [CKV_K8S_18]
#     trivy: [KSV008]
#     polaris: [hostIPCSet]
#     kubescape: [host-ipc-privileges, host-pid-ipc-privileges]
#     kube-linter: [host-ipc]
package palisade.k8s.host_ipc

import data.palisade.lib.k8s

violation contains v if {
	k8s.pod_spec.hostIPC == true
	v := {
		"msg": sprintf("%s shares the host's IPC namespace (hostIPC: true)", [k8s.resource]),
		"path": array.concat(k8s.pod_spec_path, ["hostIPC"]),
	}
}
