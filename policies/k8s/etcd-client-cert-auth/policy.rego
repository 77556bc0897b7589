# METADATA
# title: etcd does not require client certificates
# description: >-
#   Unless `--client-cert-auth=true`, anyone who reaches etcd's client port can read and write the
#   whole cluster state, secrets included, bypassing the API server's authorization.
#   (CIS Kubernetes Benchmark 2.2; applies to the static pod manifests kubeadm and
#   other installers write to /etc/kubernetes/manifests.)
# related_resources:
#   - ref: https://etcd.io/docs/v3.5/op-guide/security/
# custom:
#   id: k8s/etcd-client-cert-auth
#   severity: high
#   kinds: [kubernetes]
#   remediation: |
#     Pass `--client-cert-auth=true` with `--trusted-ca-file`.
#
#     Before:
#     ```yaml
#     - --client-cert-auth=false
#     ```
#     After:
#     ```yaml
#     - --client-cert-auth=true
#     ```
#   tags: [security, control-plane, cis]
#   frameworks:
#     cis-kubernetes: ["2.2"]
#   equivalents:
#     kubescape: [etcd-client-auth-cert]
package palisade.k8s.etcd_client_cert_auth

import data.palisade.lib.k8s_control_plane as cp

violation contains cp.finding(c, "etcd", "client-cert-auth", "lets clients connect without a certificate (--client-cert-auth is not true)") if {
	some c in cp.containers("etcd")
	cp.value_or(c, "client-cert-auth", "false") != "true"
}
