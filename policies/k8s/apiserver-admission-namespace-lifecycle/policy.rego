# METADATA
# title: API server disables the NamespaceLifecycle admission plugin
# description: >-
#   The `NamespaceLifecycle` admission plugin (on by default) refuses objects in namespaces that
#   do not exist or are being deleted, and keeps `default`, `kube-system` and `kube-public` from
#   being deleted. `--disable-admission-plugins=NamespaceLifecycle` lets objects escape namespace
#   deletion and clean-up.
#   (CIS Kubernetes Benchmark 1.2.14; applies to the static pod manifests kubeadm and
#   other installers write to /etc/kubernetes/manifests.)
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/
# custom:
#   id: k8s/apiserver-admission-namespace-lifecycle
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Remove `NamespaceLifecycle` from `--disable-admission-plugins`.
#
#     Before:
#     ```yaml
#     - --disable-admission-plugins=NamespaceLifecycle
#     ```
#     After:
#     ```yaml
#     # NamespaceLifecycle not disabled
#     ```
#   tags: [security, control-plane, cis]
#   frameworks:
#     cis-kubernetes: ["1.2.14"]
#   equivalents:
#     kubescape: [ensure-that-the-admission-control-plugin-NamespaceLifecycle-is-set]
package palisade.k8s.apiserver_admission_namespace_lifecycle

import data.palisade.lib.k8s_control_plane as cp

violation contains cp.finding(c, "kube-apiserver", "disable-admission-plugins", "disables the NamespaceLifecycle admission plugin") if {
	some c in cp.containers("kube-apiserver")
	"NamespaceLifecycle" in cp.list_values(c, "disable-admission-plugins")
}
