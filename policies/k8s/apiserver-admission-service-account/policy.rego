# METADATA
# title: API server disables the ServiceAccount admission plugin
# description: >-
#   The `ServiceAccount` admission plugin (on by default) gives every pod a service account,
#   mounts its token the way the pod asks, and rejects pods naming an account that does not exist.
#   `--disable-admission-plugins=ServiceAccount` removes those guarantees.
#   (CIS Kubernetes Benchmark 1.2.13; applies to the static pod manifests kubeadm and
#   other installers write to /etc/kubernetes/manifests.)
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/
# custom:
#   id: k8s/apiserver-admission-service-account
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Remove `ServiceAccount` from `--disable-admission-plugins`.
#
#     Before:
#     ```yaml
#     - --disable-admission-plugins=ServiceAccount
#     ```
#     After:
#     ```yaml
#     # ServiceAccount not disabled
#     ```
#   tags: [security, control-plane, cis]
#   frameworks:
#     cis-kubernetes: ["1.2.13"]
#   equivalents:
#     kubescape: [ensure-that-the-admission-control-plugin-ServiceAccount-is-set]
package palisade.k8s.apiserver_admission_service_account

import data.palisade.lib.k8s_control_plane as cp

violation contains cp.finding(c, "kube-apiserver", "disable-admission-plugins", "disables the ServiceAccount admission plugin") if {
	some c in cp.containers("kube-apiserver")
	"ServiceAccount" in cp.list_values(c, "disable-admission-plugins")
}
