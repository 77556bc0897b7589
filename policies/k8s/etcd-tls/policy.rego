# METADATA
# title: etcd serves clients without TLS
# description: >-
#   Without `--cert-file`/`--key-file` etcd serves its clients in plain text: every secret the API
#   server reads or writes crosses the network unencrypted.
#   (CIS Kubernetes Benchmark 2.1; applies to the static pod manifests kubeadm and
#   other installers write to /etc/kubernetes/manifests.)
# related_resources:
#   - ref: https://etcd.io/docs/v3.5/op-guide/security/
# custom:
#   id: k8s/etcd-tls
#   severity: high
#   kinds: [kubernetes]
#   remediation: |
#     Pass the etcd serving certificate and key (and serve only `https://` client URLs).
#
#     Before:
#     ```yaml
#     # no --cert-file/--key-file
#     ```
#     After:
#     ```yaml
#     - --cert-file=/etc/kubernetes/pki/etcd/server.crt
#     - --key-file=/etc/kubernetes/pki/etcd/server.key
#     ```
#   tags: [security, control-plane, cis]
#   frameworks:
#     cis-kubernetes: ["2.1"]
#   equivalents:
#     kubescape: [etcd-tls-enabled]
package palisade.k8s.etcd_tls

import data.palisade.lib.k8s_control_plane as cp

violation contains cp.finding(c, "etcd", name, sprintf("serves clients without TLS (--%s is not set)", [name])) if {
	some c in cp.containers("etcd")
	some name in ["cert-file", "key-file"]
	not cp.flag(c, name)
}
