# METADATA
# title: Kubelet authorizes every request
# description: >-
#   With `authorization.mode: AlwaysAllow` the kubelet does not ask the API server whether a caller
#   may use its API: any authenticated (or, with anonymous auth, any) client can exec into every
#   pod of the node and read their logs and secrets.
#   (CIS Kubernetes Benchmark 4.2.2; applies to the KubeletConfiguration files given to
#   kubelets with --config.)
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/
# custom:
#   id: k8s/kubelet-authorization-always-allow
#   severity: high
#   kinds: [kubernetes]
#   remediation: |
#     Set `authorization.mode: Webhook` (the KubeletConfiguration default).
#
#     Before:
#     ```yaml
#     authorization:
#       mode: AlwaysAllow
#     ```
#     After:
#     ```yaml
#     authorization:
#       mode: Webhook
#     ```
#   tags: [security, node, cis]
#   frameworks:
#     cis-kubernetes: ["4.2.2"]
package palisade.k8s.kubelet_authorization_always_allow

violation contains {"msg": "KubeletConfiguration authorizes every request (authorization.mode: AlwaysAllow)", "path": ["authorization", "mode"]} if {
	input.kind == "KubeletConfiguration"
	input.authorization.mode == "AlwaysAllow"
}
