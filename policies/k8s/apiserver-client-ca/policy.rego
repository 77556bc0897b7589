# METADATA
# title: API server does not accept client certificates
# description: >-
#   Without `--client-ca-file` the API server cannot authenticate clients (kubelets, controllers,
#   administrators) by certificate, pushing them to weaker credentials such as static tokens.
#   (CIS Kubernetes Benchmark 1.2.26; applies to the static pod manifests kubeadm and
#   other installers write to /etc/kubernetes/manifests.)
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/
# custom:
#   id: k8s/apiserver-client-ca
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Pass the cluster CA with `--client-ca-file`.
#
#     Before:
#     ```yaml
#     # no --client-ca-file
#     ```
#     After:
#     ```yaml
#     - --client-ca-file=/etc/kubernetes/pki/ca.crt
#     ```
#   tags: [security, control-plane, cis]
#   frameworks:
#     cis-kubernetes: ["1.2.26"]
#   equivalents:
#     kubescape: [ensure-that-the-api-server-client-ca-file-argument-is-set-as-appropriate]
package palisade.k8s.apiserver_client_ca

import data.palisade.lib.k8s_control_plane as cp

violation contains cp.finding(c, "kube-apiserver", "client-ca-file", "cannot authenticate clients by certificate (--client-ca-file is not set)") if {
	some c in cp.containers("kube-apiserver")
	not cp.flag(c, "client-ca-file")
}
