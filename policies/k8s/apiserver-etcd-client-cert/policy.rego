# METADATA
# title: API server connects to etcd without a client certificate
# description: >-
#   etcd holds every secret of the cluster. Without `--etcd-certfile`/`--etcd-keyfile` the API
#   server cannot authenticate to etcd with TLS (so etcd must accept anyone), and without `--etcd-
#   cafile` it does not verify it is talking to the real etcd.
#   (CIS Kubernetes Benchmark 1.2.24, 1.2.27; applies to the static pod manifests kubeadm and
#   other installers write to /etc/kubernetes/manifests.)
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/
# custom:
#   id: k8s/apiserver-etcd-client-cert
#   severity: high
#   kinds: [kubernetes]
#   remediation: |
#     Pass the etcd client certificate, key and CA (kubeadm: `apiserver-etcd-client.crt`/`.key`,
#     `etcd/ca.crt`).
#
#     Before:
#     ```yaml
#     # no etcd client TLS
#     ```
#     After:
#     ```yaml
#     - --etcd-cafile=/etc/kubernetes/pki/etcd/ca.crt
#     - --etcd-certfile=/etc/kubernetes/pki/apiserver-etcd-client.crt
#     - --etcd-keyfile=/etc/kubernetes/pki/apiserver-etcd-client.key
#     ```
#   tags: [security, control-plane, cis]
#   frameworks:
#     cis-kubernetes: ["1.2.24", "1.2.27"]
#   equivalents:
#     kubescape: [ensure-that-the-api-server-etcd-certfile-and-etcd-keyfile-arguments-are-set-as-appropriate, ensure-that-the-api-server-etcd-cafile-argument-is-set-as-appropriate]
package palisade.k8s.apiserver_etcd_client_cert

import data.palisade.lib.k8s_control_plane as cp

violation contains cp.finding(c, "kube-apiserver", name, sprintf("talks to etcd without mutual TLS (--%s is not set)", [name])) if {
	some c in cp.containers("kube-apiserver")
	some name in ["etcd-certfile", "etcd-keyfile", "etcd-cafile"]
	not cp.flag(c, name)
}
