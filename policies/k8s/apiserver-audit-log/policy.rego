# METADATA
# title: API server does not write an audit log
# description: >-
#   Without `--audit-log-path` (or an audit webhook) the API server keeps no record of who read
#   secrets, exec'd into pods or changed RBAC, so an intrusion cannot be investigated.
#   (CIS Kubernetes Benchmark 1.2.17; applies to the static pod manifests kubeadm and
#   other installers write to /etc/kubernetes/manifests.)
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/
# custom:
#   id: k8s/apiserver-audit-log
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Pass `--audit-log-path` and an `--audit-policy-file`, or send audit events to a webhook
#     (`--audit-webhook-config-file`).
#
#     Before:
#     ```yaml
#     # no audit log
#     ```
#     After:
#     ```yaml
#     - --audit-log-path=/var/log/kubernetes/audit.log
#     - --audit-policy-file=/etc/kubernetes/audit-policy.yaml
#     ```
#   tags: [security, control-plane, cis]
#   frameworks:
#     cis-kubernetes: ["1.2.17"]
#   equivalents:
#     kubescape: [ensure-that-the-api-server-audit-log-path-argument-is-set]
package palisade.k8s.apiserver_audit_log

import data.palisade.lib.k8s_control_plane as cp

violation contains cp.finding(c, "kube-apiserver", "audit-log-path", "keeps no audit log (neither --audit-log-path nor --audit-webhook-config-file is set)") if {
	some c in cp.containers("kube-apiserver")
	not cp.flag(c, "audit-log-path")
	not cp.flag(c, "audit-webhook-config-file")
}
