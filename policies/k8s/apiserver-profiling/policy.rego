# METADATA
# title: Control-plane component exposes profiling
# description: >-
#   `--profiling` (on by default) serves Go pprof endpoints that reveal the program's internals
#   and let a caller trigger CPU-heavy profiles, a denial-of-service lever; production control
#   planes do not need it.
#   (CIS Kubernetes Benchmark 1.2.16, 1.3.2, 1.4.1; applies to the static pod manifests kubeadm and
#   other installers write to /etc/kubernetes/manifests.)
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/
# custom:
#   id: k8s/apiserver-profiling
#   severity: low
#   kinds: [kubernetes]
#   remediation: |
#     Pass `--profiling=false` to kube-apiserver, kube-controller-manager and kube-scheduler.
#
#     Before:
#     ```yaml
#     - --profiling=true
#     ```
#     After:
#     ```yaml
#     - --profiling=false
#     ```
#   tags: [security, control-plane, cis]
#   frameworks:
#     cis-kubernetes: ["1.2.16", "1.3.2", "1.4.1"]
#   equivalents:
#     kubescape: [ensure-that-the-api-server-profiling-argument-is-set-to-false, ensure-that-the-controller-manager-profiling-argument-is-set-to-false, ensure-that-the-scheduler-profiling-argument-is-set-to-false]
package palisade.k8s.apiserver_profiling

import data.palisade.lib.k8s_control_plane as cp

violation contains cp.finding(c, component, "profiling", "serves profiling endpoints (--profiling is not false)") if {
	some component in ["kube-apiserver", "kube-controller-manager", "kube-scheduler"]
	some c in cp.containers(component)
	cp.value_or(c, "profiling", "true") != "false"
}
