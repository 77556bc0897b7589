# METADATA
# title: API server keeps too little audit history
# description: >-
#   An audit log rotated away after a few days or megabytes is gone by the time an intrusion is
#   noticed. CIS asks for at least 30 days (`--audit-log-maxage`), 10 files (`--audit-log-
#   maxbackup`) and 100 MB per file (`--audit-log-maxsize`).
#   (CIS Kubernetes Benchmark 1.2.18, 1.2.19, 1.2.20; applies to the static pod manifests kubeadm and
#   other installers write to /etc/kubernetes/manifests.)
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/
# custom:
#   id: k8s/apiserver-audit-log-retention
#   severity: low
#   profile: strict
#   kinds: [kubernetes]
#   remediation: |
#     Raise the retention flags (or ship the log to central storage and record that as a waiver).
#
#     Before:
#     ```yaml
#     - --audit-log-maxage=5
#     ```
#     After:
#     ```yaml
#     - --audit-log-maxage=30
#     ```
#   tags: [security, control-plane, cis]
#   frameworks:
#     cis-kubernetes: ["1.2.18", "1.2.19", "1.2.20"]
#   equivalents:
#     kubescape: [ensure-that-the-api-server-audit-log-maxage-argument-is-set-to-30-or-as-appropriate, ensure-that-the-api-server-audit-log-maxbackup-argument-is-set-to-10-or-as-appropriate, ensure-that-the-api-server-audit-log-maxsize-argument-is-set-to-100-or-as-appropriate]
package palisade.k8s.apiserver_audit_log_retention

import data.palisade.lib.k8s_control_plane as cp

minimums := {"audit-log-maxage": 30, "audit-log-maxbackup": 10, "audit-log-maxsize": 100}

violation contains cp.finding(c, "kube-apiserver", name, sprintf("keeps too little audit history (--%s is %s, below %d)", [name, value, least])) if {
	some c in cp.containers("kube-apiserver")
	cp.flag(c, "audit-log-path")
	some name, least in minimums
	value := cp.value_or(c, name, "0")
	not to_number(value) >= least
}
