# METADATA
# title: API server stores secrets unencrypted in etcd
# description: >-
#   Without `--encryption-provider-config` Secrets are written to etcd in plain text: anyone with
#   an etcd backup or disk snapshot reads every credential of the cluster.
#   (CIS Kubernetes Benchmark 1.2.28; applies to the static pod manifests kubeadm and
#   other installers write to /etc/kubernetes/manifests.)
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/
# custom:
#   id: k8s/apiserver-encryption-at-rest
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Pass an `EncryptionConfiguration` (aescbc/aesgcm/secretbox, or a KMS provider) with
#     `--encryption-provider-config`.
#
#     Before:
#     ```yaml
#     # no --encryption-provider-config
#     ```
#     After:
#     ```yaml
#     - --encryption-provider-config=/etc/kubernetes/encryption.yaml
#     ```
#   tags: [security, control-plane, cis]
#   frameworks:
#     cis-kubernetes: ["1.2.28"]
package palisade.k8s.apiserver_encryption_at_rest

import data.palisade.lib.k8s_control_plane as cp

violation contains cp.finding(c, "kube-apiserver", "encryption-provider-config", "writes Secrets to etcd unencrypted (--encryption-provider-config is not set)") if {
	some c in cp.containers("kube-apiserver")
	not cp.flag(c, "encryption-provider-config")
}
