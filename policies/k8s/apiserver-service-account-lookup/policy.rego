# METADATA
# title: API server accepts tokens of deleted service accounts
# description: >-
#   With `--service-account-lookup=false` the API server accepts a service-account token without
#   checking that the account (or its secret) still exists, so deleting a leaked token's account
#   does not revoke it.
#   (CIS Kubernetes Benchmark 1.2.22; applies to the static pod manifests kubeadm and
#   other installers write to /etc/kubernetes/manifests.)
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/
# custom:
#   id: k8s/apiserver-service-account-lookup
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Remove `--service-account-lookup=false` (the default is true).
#
#     Before:
#     ```yaml
#     - --service-account-lookup=false
#     ```
#     After:
#     ```yaml
#     - --service-account-lookup=true
#     ```
#   tags: [security, control-plane, cis]
#   frameworks:
#     cis-kubernetes: ["1.2.22"]
#   equivalents:
#     kubescape: [ensure-that-the-api-server-service-account-lookup-argument-is-set-to-true]
package palisade.k8s.apiserver_service_account_lookup

import data.palisade.lib.k8s_control_plane as cp

violation contains cp.finding(c, "kube-apiserver", "service-account-lookup", "accepts tokens without checking their service account still exists (--service-account-lookup=false)") if {
	some c in cp.containers("kube-apiserver")
	cp.flag(c, "service-account-lookup").value == "false"
}
