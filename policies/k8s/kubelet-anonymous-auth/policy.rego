# METADATA
# title: Kubelet accepts anonymous requests
# description: >-
#   With `authentication.anonymous.enabled: true` the kubelet's API (port 10250: exec into pods,
#   read logs, list pods) answers requests without credentials as `system:anonymous`; with an
#   authorizer that lets them through, anyone who reaches a node can run commands in its pods.
#   (CIS Kubernetes Benchmark 4.2.1; applies to the KubeletConfiguration files given to
#   kubelets with --config.)
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/
# custom:
#   id: k8s/kubelet-anonymous-auth
#   severity: high
#   kinds: [kubernetes]
#   remediation: |
#     Set `authentication.anonymous.enabled: false` (the KubeletConfiguration default) and keep webhook authentication on.
#
#     Before:
#     ```yaml
#     authentication:
#       anonymous:
#         enabled: true
#     ```
#     After:
#     ```yaml
#     authentication:
#       anonymous:
#         enabled: false
#     ```
#   tags: [security, node, cis]
#   frameworks:
#     cis-kubernetes: ["4.2.1"]
package palisade.k8s.kubelet_anonymous_auth

violation contains {"msg": "KubeletConfiguration accepts anonymous requests (authentication.anonymous.enabled: true)", "path": ["authentication", "anonymous", "enabled"]} if {
	input.kind == "KubeletConfiguration"
	input.authentication.anonymous.enabled == true
}
