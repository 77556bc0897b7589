# METADATA
# title: API server does not verify kubelet certificates
# description: >-
#   Without `--kubelet-certificate-authority` the API server does not verify the serving
#   certificate of the kubelets it connects to, so anyone who can intercept node traffic can
#   impersonate a kubelet and read the exec sessions and logs passing through.
#   (CIS Kubernetes Benchmark 1.2.5; applies to the static pod manifests kubeadm and
#   other installers write to /etc/kubernetes/manifests.)
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/
# custom:
#   id: k8s/apiserver-kubelet-certificate-authority
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Pass the CA that signs the kubelets' serving certificates (and enable kubelet serving-
#     certificate rotation).
#
#     Before:
#     ```yaml
#     # no --kubelet-certificate-authority
#     ```
#     After:
#     ```yaml
#     - --kubelet-certificate-authority=/etc/kubernetes/pki/ca.crt
#     ```
#   tags: [security, control-plane, cis]
#   frameworks:
#     cis-kubernetes: ["1.2.5"]
#   equivalents:
#     kubescape: [ensure-that-the-api-server-kubelet-certificate-authority-argument-is-set-as-appropriate]
package palisade.k8s.apiserver_kubelet_certificate_authority

import data.palisade.lib.k8s_control_plane as cp

violation contains cp.finding(c, "kube-apiserver", "kubelet-certificate-authority", "does not verify kubelets' serving certificates (--kubelet-certificate-authority is not set)") if {
	some c in cp.containers("kube-apiserver")
	not cp.flag(c, "kubelet-certificate-authority")
}
