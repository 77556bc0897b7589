# METADATA
# title: etcd does not authenticate its peers
# description: >-
#   Unless `--peer-client-cert-auth=true`, any host that reaches etcd's peer port can join or talk
#   to the cluster as a member and receive its data.
#   (CIS Kubernetes Benchmark 2.5; applies to the static pod manifests kubeadm and
#   other installers write to /etc/kubernetes/manifests.)
# related_resources:
#   - ref: https://etcd.io/docs/v3.5/op-guide/security/
# custom:
#   id: k8s/etcd-peer-client-cert-auth
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Pass `--peer-client-cert-auth=true` with `--peer-trusted-ca-file`.
#
#     Before:
#     ```yaml
#     - --peer-client-cert-auth=false
#     ```
#     After:
#     ```yaml
#     - --peer-client-cert-auth=true
#     ```
#   tags: [security, control-plane, cis]
#   frameworks:
#     cis-kubernetes: ["2.5"]
#   equivalents:
#     kubescape: [etcd-peer-client-auth-cert]
package palisade.k8s.etcd_peer_client_cert_auth

import data.palisade.lib.k8s_control_plane as cp

violation contains cp.finding(c, "etcd", "peer-client-cert-auth", "accepts peers without a certificate (--peer-client-cert-auth is not true)") if {
	some c in cp.containers("etcd")
	cp.value_or(c, "peer-client-cert-auth", "false") != "true"
}
