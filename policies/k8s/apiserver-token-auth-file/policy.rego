# METADATA
# title: API server authenticates with a static token file
# description: >-
#   Tokens in a `--token-auth-file` are plain text on the control-plane node, never expire and can
#   only be changed by restarting the API server; a leaked one is a permanent credential.
#   (CIS Kubernetes Benchmark 1.2.2; applies to the static pod manifests kubeadm and
#   other installers write to /etc/kubernetes/manifests.)
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/
# custom:
#   id: k8s/apiserver-token-auth-file
#   severity: high
#   kinds: [kubernetes]
#   remediation: |
#     Remove `--token-auth-file` and authenticate users with client certificates, OIDC or a
#     webhook, and workloads with service-account tokens.
#
#     Before:
#     ```yaml
#     - --token-auth-file=/etc/kubernetes/tokens.csv
#     ```
#     After:
#     ```yaml
#     # no --token-auth-file
#     ```
#   tags: [security, control-plane, cis]
#   frameworks:
#     cis-kubernetes: ["1.2.2"]
#   equivalents:
#     kubescape: [ensure-that-the-api-server-token-auth-file-parameter-is-not-set]
package palisade.k8s.apiserver_token_auth_file

import data.palisade.lib.k8s_control_plane as cp

violation contains cp.finding(c, "kube-apiserver", "token-auth-file", "authenticates with a static token file (--token-auth-file)") if {
	some c in cp.containers("kube-apiserver")
	cp.flag(c, "token-auth-file")
}
