# METADATA
# title: Kubelet serves its unauthenticated read-only port
# description: >-
#   A non-zero `readOnlyPort` (10255 by convention) serves the kubelet's pod list, specs and metrics
#   over plain HTTP with no authentication or authorization: environment variables, image names and
#   mounted secret names of every pod on the node are readable by anyone on the network.
#   (CIS Kubernetes Benchmark 4.2.4; applies to the KubeletConfiguration files given to
#   kubelets with --config.)
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/
# custom:
#   id: k8s/kubelet-read-only-port
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Set `readOnlyPort: 0` (the KubeletConfiguration default) and scrape metrics from the authenticated port.
#
#     Before:
#     ```yaml
#     readOnlyPort: 10255
#     ```
#     After:
#     ```yaml
#     readOnlyPort: 0
#     ```
#   tags: [security, node, cis]
#   frameworks:
#     cis-kubernetes: ["4.2.4"]
package palisade.k8s.kubelet_read_only_port

violation contains {"msg": sprintf("KubeletConfiguration serves unauthenticated read-only data on port %v", [input.readOnlyPort]), "path": ["readOnlyPort"]} if {
	input.kind == "KubeletConfiguration"
	input.readOnlyPort != 0
}
