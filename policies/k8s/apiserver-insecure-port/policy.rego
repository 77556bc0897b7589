# METADATA
# title: API server serves an unauthenticated insecure port
# description: >-
#   Kubernetes before 1.20 served a plain-HTTP port (`--insecure-port`, `--insecure-bind-address`)
#   that skips authentication and authorization: anyone who reaches it is cluster-admin.
#   (CIS Kubernetes Benchmark 1.2.19 (v1.5); applies to the static pod manifests kubeadm and
#   other installers write to /etc/kubernetes/manifests.)
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/
# custom:
#   id: k8s/apiserver-insecure-port
#   severity: critical
#   kinds: [kubernetes]
#   remediation: |
#     Set `--insecure-port=0` and remove `--insecure-bind-address` (the flags are gone in current
#     releases).
#
#     Before:
#     ```yaml
#     - --insecure-port=8080
#     ```
#     After:
#     ```yaml
#     - --insecure-port=0
#     ```
#   tags: [security, control-plane, cis]
#   frameworks:
#     cis-kubernetes: ["1.2.19 (v1.5)"]
#   equivalents:
#     kubescape: [insecure-port-flag]
package palisade.k8s.apiserver_insecure_port

import data.palisade.lib.k8s_control_plane as cp

violation contains cp.finding(c, "kube-apiserver", "insecure-port", sprintf("serves an unauthenticated plain-HTTP port (--insecure-port=%s)", [cp.flag(c, "insecure-port").value])) if {
	some c in cp.containers("kube-apiserver")
	cp.flag(c, "insecure-port").value != "0"
}
