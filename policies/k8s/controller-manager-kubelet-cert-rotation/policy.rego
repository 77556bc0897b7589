# METADATA
# title: Controller manager turns off kubelet serving-certificate rotation
# description: >-
#   With the `RotateKubeletServerCertificate` feature gate off, kubelet serving certificates are
#   not renewed through the API, so they expire (breaking exec and logs) or are replaced by long-
#   lived self-signed ones.
#   (CIS Kubernetes Benchmark 1.3.6; applies to the static pod manifests kubeadm and
#   other installers write to /etc/kubernetes/manifests.)
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/command-line-tools-reference/kube-controller-manager/
# custom:
#   id: k8s/controller-manager-kubelet-cert-rotation
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Remove `RotateKubeletServerCertificate=false` from `--feature-gates` (the gate is on by
#     default).
#
#     Before:
#     ```yaml
#     - --feature-gates=RotateKubeletServerCertificate=false
#     ```
#     After:
#     ```yaml
#     - --feature-gates=RotateKubeletServerCertificate=true
#     ```
#   tags: [security, control-plane, cis]
#   frameworks:
#     cis-kubernetes: ["1.3.6"]
#   equivalents:
#     kubescape: [ensure-that-the-controller-manager-RotateKubeletServerCertificate-argument-is-set-to-true]
package palisade.k8s.controller_manager_kubelet_cert_rotation

import data.palisade.lib.k8s_control_plane as cp

violation contains cp.finding(c, "kube-controller-manager", "feature-gates", "turns off kubelet serving-certificate rotation (RotateKubeletServerCertificate=false)") if {
	some c in cp.containers("kube-controller-manager")
	some gate in cp.list_values(c, "feature-gates")
	regex.match(`^RotateKubeletServerCertificate\s*=\s*false$`, gate)
}
