# METADATA
# title: API server has no service-account verification key
# description: >-
#   Without `--service-account-key-file` the API server verifies service-account tokens with its
#   TLS serving key, which cannot be rotated on its own; a separate key pair lets tokens be
#   rotated and revoked.
#   (CIS Kubernetes Benchmark 1.2.23; applies to the static pod manifests kubeadm and
#   other installers write to /etc/kubernetes/manifests.)
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/
# custom:
#   id: k8s/apiserver-service-account-key-file
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Pass the public key that matches the controller manager's `--service-account-private-key-
#     file`.
#
#     Before:
#     ```yaml
#     # no --service-account-key-file
#     ```
#     After:
#     ```yaml
#     - --service-account-key-file=/etc/kubernetes/pki/sa.pub
#     ```
#   tags: [security, control-plane, cis]
#   frameworks:
#     cis-kubernetes: ["1.2.23"]
#   equivalents:
#     kubescape: [ensure-that-the-api-server-service-account-key-file-argument-is-set-as-appropriate]
package palisade.k8s.apiserver_service_account_key_file

import data.palisade.lib.k8s_control_plane as cp

violation contains cp.finding(c, "kube-apiserver", "service-account-key-file", "verifies service-account tokens without a dedicated key (--service-account-key-file is not set)") if {
	some c in cp.containers("kube-apiserver")
	not cp.flag(c, "service-account-key-file")
}
