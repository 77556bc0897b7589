# METADATA
# title: API server serves without its own TLS certificate
# description: >-
#   Without `--tls-cert-file`/`--tls-private-key-file` the API server generates a self-signed
#   certificate that clients cannot verify, which trains them to skip verification and opens the
#   door to interception.
#   (CIS Kubernetes Benchmark 1.2.25; applies to the static pod manifests kubeadm and
#   other installers write to /etc/kubernetes/manifests.)
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/
# custom:
#   id: k8s/apiserver-tls
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Pass a serving certificate and key signed by the cluster CA.
#
#     Before:
#     ```yaml
#     # no serving certificate
#     ```
#     After:
#     ```yaml
#     - --tls-cert-file=/etc/kubernetes/pki/apiserver.crt
#     - --tls-private-key-file=/etc/kubernetes/pki/apiserver.key
#     ```
#   tags: [security, control-plane, cis]
#   frameworks:
#     cis-kubernetes: ["1.2.25"]
#   equivalents:
#     kubescape: [ensure-that-the-api-server-tls-cert-file-and-tls-private-key-file-arguments-are-set-as-appropriate]
package palisade.k8s.apiserver_tls

import data.palisade.lib.k8s_control_plane as cp

violation contains cp.finding(c, "kube-apiserver", name, sprintf("serves a self-signed certificate (--%s is not set)", [name])) if {
	some c in cp.containers("kube-apiserver")
	some name in ["tls-cert-file", "tls-private-key-file"]
	not cp.flag(c, name)
}
