# METADATA
# title: Controller manager has no service-account signing key
# description: >-
#   Without `--service-account-private-key-file` the controller manager cannot sign service-
#   account tokens with a dedicated key, so tokens cannot be rotated independently of other keys.
#   (CIS Kubernetes Benchmark 1.3.4; applies to the static pod manifests kubeadm and
#   other installers write to /etc/kubernetes/manifests.)
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/command-line-tools-reference/kube-controller-manager/
# custom:
#   id: k8s/controller-manager-service-account-key
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Pass the private key matching the API server's `--service-account-key-file`.
#
#     Before:
#     ```yaml
#     # no --service-account-private-key-file
#     ```
#     After:
#     ```yaml
#     - --service-account-private-key-file=/etc/kubernetes/pki/sa.key
#     ```
#   tags: [security, control-plane, cis]
#   frameworks:
#     cis-kubernetes: ["1.3.4"]
#   equivalents:
#     kubescape: [ensure-that-the-controller-manager-service-account-private-key-file-argument-is-set-as-appropriate]
package palisade.k8s.controller_manager_service_account_key

import data.palisade.lib.k8s_control_plane as cp

violation contains cp.finding(c, "kube-controller-manager", "service-account-private-key-file", "has no service-account signing key (--service-account-private-key-file is not set)") if {
	some c in cp.containers("kube-controller-manager")
	not cp.flag(c, "service-account-private-key-file")
}
