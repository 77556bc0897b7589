# METADATA
# title: etcd members talk to each other without TLS
# description: >-
#   Without `--peer-cert-file`/`--peer-key-file` etcd members replicate the cluster state, secrets
#   included, in plain text between nodes.
#   (CIS Kubernetes Benchmark 2.4; applies to the static pod manifests kubeadm and
#   other installers write to /etc/kubernetes/manifests.)
# related_resources:
#   - ref: https://etcd.io/docs/v3.5/op-guide/security/
# custom:
#   id: k8s/etcd-peer-tls
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Pass the peer certificate and key (kubeadm: `etcd/peer.crt`/`.key`).
#
#     Before:
#     ```yaml
#     # no peer certificate
#     ```
#     After:
#     ```yaml
#     - --peer-cert-file=/etc/kubernetes/pki/etcd/peer.crt
#     - --peer-key-file=/etc/kubernetes/pki/etcd/peer.key
#     ```
#   tags: [security, control-plane, cis]
#   frameworks:
#     cis-kubernetes: ["2.4"]
#   equivalents:
#     kubescape: [etcd-peer-tls-enabled]
package palisade.k8s.etcd_peer_tls

import data.palisade.lib.k8s_control_plane as cp

violation contains cp.finding(c, "etcd", name, sprintf("replicates to its peers without TLS (--%s is not set)", [name])) if {
	some c in cp.containers("etcd")
	some name in ["peer-cert-file", "peer-key-file"]
	not cp.flag(c, name)
}
