# METADATA
# title: API server enables the AlwaysAdmit admission plugin
# description: >-
#   `AlwaysAdmit` admits every request regardless of the other admission plugins, switching off
#   admission control (Pod Security admission, NodeRestriction, quotas) in practice.
#   (CIS Kubernetes Benchmark 1.2.10; applies to the static pod manifests kubeadm and
#   other installers write to /etc/kubernetes/manifests.)
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/
# custom:
#   id: k8s/apiserver-admission-always-admit
#   severity: high
#   kinds: [kubernetes]
#   remediation: |
#     Remove `AlwaysAdmit` from `--enable-admission-plugins`.
#
#     Before:
#     ```yaml
#     - --enable-admission-plugins=AlwaysAdmit,NodeRestriction
#     ```
#     After:
#     ```yaml
#     - --enable-admission-plugins=NodeRestriction
#     ```
#   tags: [security, control-plane, cis]
#   frameworks:
#     cis-kubernetes: ["1.2.10"]
#   equivalents:
#     kubescape: [ensure-that-the-admission-control-plugin-AlwaysAdmit-is-not-set]
package palisade.k8s.apiserver_admission_always_admit

import data.palisade.lib.k8s_control_plane as cp

violation contains cp.finding(c, "kube-apiserver", "enable-admission-plugins", "enables the AlwaysAdmit admission plugin, which admits every request") if {
	some c in cp.containers("kube-apiserver")
	"AlwaysAdmit" in cp.list_values(c, "enable-admission-plugins")
}
