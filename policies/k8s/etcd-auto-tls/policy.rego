# METADATA
# title: etcd uses self-signed certificates
# description: >-
#   `--auto-tls` and `--peer-auto-tls` make etcd generate self-signed certificates that nobody
#   verifies: the traffic is encrypted but any impostor is accepted, so it is open to
#   interception.
#   (CIS Kubernetes Benchmark 2.3, 2.6; applies to the static pod manifests kubeadm and
#   other installers write to /etc/kubernetes/manifests.)
# related_resources:
#   - ref: https://etcd.io/docs/v3.5/op-guide/security/
# custom:
#   id: k8s/etcd-auto-tls
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Remove `--auto-tls`/`--peer-auto-tls` and pass certificates signed by the etcd CA.
#
#     Before:
#     ```yaml
#     - --auto-tls=true
#     ```
#     After:
#     ```yaml
#     - --cert-file=/etc/kubernetes/pki/etcd/server.crt
#     ```
#   tags: [security, control-plane, cis]
#   frameworks:
#     cis-kubernetes: ["2.3", "2.6"]
#   equivalents:
#     kubescape: [etcd-auto-tls-disabled, etcd-peer-auto-tls-disabled]
package palisade.k8s.etcd_auto_tls

import data.palisade.lib.k8s_control_plane as cp

violation contains cp.finding(c, "etcd", name, sprintf("uses self-signed certificates nobody verifies (--%s=true)", [name])) if {
	some c in cp.containers("etcd")
	some name in ["auto-tls", "peer-auto-tls"]
	cp.flag(c, name).value == "true"
}
