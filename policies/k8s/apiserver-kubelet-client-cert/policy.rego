# METADATA
# title: API server does not authenticate to kubelets with a certificate
# description: >-
#   Without `--kubelet-client-certificate` and `--kubelet-client-key` the API server calls
#   kubelets (exec, logs, port-forward) without a client certificate, so kubelets must accept
#   unauthenticated requests for those calls to work.
#   (CIS Kubernetes Benchmark 1.2.4; applies to the static pod manifests kubeadm and
#   other installers write to /etc/kubernetes/manifests.)
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/
# custom:
#   id: k8s/apiserver-kubelet-client-cert
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Pass the client certificate and key the kubelets trust (kubeadm: `apiserver-kubelet-
#     client.crt`/`.key`).
#
#     Before:
#     ```yaml
#     # no kubelet client certificate
#     ```
#     After:
#     ```yaml
#     - --kubelet-client-certificate=/etc/kubernetes/pki/apiserver-kubelet-client.crt
#     - --kubelet-client-key=/etc/kubernetes/pki/apiserver-kubelet-client.key
#     ```
#   tags: [security, control-plane, cis]
#   frameworks:
#     cis-kubernetes: ["1.2.4"]
#   equivalents:
#     kubescape: [ensure-that-the-api-server-kubelet-client-certificate-and-kubelet-client-key-arguments-are-set-as-appropriate]
package palisade.k8s.apiserver_kubelet_client_cert

import data.palisade.lib.k8s_control_plane as cp

violation contains cp.finding(c, "kube-apiserver", name, sprintf("does not present a client certificate to kubelets (--%s is not set)", [name])) if {
	some c in cp.containers("kube-apiserver")
	some name in ["kubelet-client-certificate", "kubelet-client-key"]
	not cp.flag(c, name)
}
