# METADATA
# title: Pod shares the host's network namespace
# description: >-
#   With `hostNetwork: true` the pod uses the node's network stack: it can bind any node port,
#   reach services listening on the node's loopback interface and sniff the node's traffic,
#   and network policies no longer isolate it.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
# custom:
#   id: k8s/host-network
#   severity: high
#   kinds: [kubernetes]
#   remediation: |
#     Remove `hostNetwork: true` from the pod spec and expose the workload through a Service.
#
#     Before:
#     ```yaml
#     spec:
#       hostNetwork: true
#     ```
#     After:
#     ```yaml
#     spec:
#       hostNetwork: false
#     ```
#   tags: [security, pod-security]
#   frameworks:
#     cis-kubernetes: ["5.2.4"]
#   equivalents:
#     checkov: [CKV_K8S_19]
#     trivy: [KSV009]
#     polaris: [hostNetworkSet]
#     kubescape: [host-network-access]
#     kube-linter: [host-network]
package palisade.k8s.host_network

import data.palisade.lib.k8s

violation contains v if {
	k8s.pod_spec.hostNetwork == true
	v := {
		"msg": sprintf("%s uses the host's network namespace (hostNetwork: true)", [k8s.resource]),
		"path": array.concat(k8s.pod_spec_path, ["hostNetwork"]),
	}
}
