# METADATA
# title: API server offers broken TLS cipher suites
# description: >-
#   `--tls-cipher-suites` replaces Go's safe default list. Listing 3DES suites (64-bit blocks,
#   Sweet32) or RC4 suites (biased keystream) lets a client that can force a downgrade, or an
#   attacker recording long sessions, recover plaintext from API traffic: tokens and secrets
#   included.
#   (CIS Kubernetes Benchmark 1.2.30; applies to the static pod manifests kubeadm and
#   other installers write to /etc/kubernetes/manifests.)
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/
# custom:
#   id: k8s/apiserver-weak-tls-ciphers
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Remove the 3DES and RC4 suites from `--tls-cipher-suites` (or drop the flag and use Go's
#     defaults).
#
#     Before:
#     ```yaml
#     - --tls-cipher-suites=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_RSA_WITH_3DES_EDE_CBC_SHA
#     ```
#     After:
#     ```yaml
#     - --tls-cipher-suites=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384
#     ```
#   tags: [security, control-plane, cis]
#   frameworks:
#     cis-kubernetes: ["1.2.30"]
package palisade.k8s.apiserver_weak_tls_ciphers

import data.palisade.lib.k8s_control_plane as cp

violation contains cp.finding(c, "kube-apiserver", "tls-cipher-suites", sprintf("offers broken TLS cipher suites: %s", [concat(", ", sort(weak))])) if {
	some c in cp.containers("kube-apiserver")
	weak := {suite | some suite in cp.list_values(c, "tls-cipher-suites"); regex.match(`_(3DES|RC4)_`, suite)}
	count(weak) > 0
}
