# METADATA
# title: API server does not rate-limit events
# description: >-
#   Without the `EventRateLimit` admission plugin a misbehaving or hostile client can flood the
#   API server and etcd with events, degrading the whole control plane.
#   (CIS Kubernetes Benchmark 1.2.9; applies to the static pod manifests kubeadm and
#   other installers write to /etc/kubernetes/manifests.)
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/
# custom:
#   id: k8s/apiserver-admission-event-rate-limit
#   severity: low
#   profile: strict
#   kinds: [kubernetes]
#   remediation: |
#     Add `EventRateLimit` to `--enable-admission-plugins` and configure its limits in
#     `--admission-control-config-file`.
#
#     Before:
#     ```yaml
#     - --enable-admission-plugins=NodeRestriction
#     ```
#     After:
#     ```yaml
#     - --enable-admission-plugins=NodeRestriction,EventRateLimit
#     ```
#   tags: [security, control-plane, cis]
#   frameworks:
#     cis-kubernetes: ["1.2.9"]
#   equivalents:
#     kubescape: [ensure-that-the-admission-control-plugin-EventRateLimit-is-set]
package palisade.k8s.apiserver_admission_event_rate_limit

import data.palisade.lib.k8s_control_plane as cp

violation contains cp.finding(c, "kube-apiserver", "enable-admission-plugins", "does not enable the EventRateLimit admission plugin") if {
	some c in cp.containers("kube-apiserver")
	not "EventRateLimit" in cp.list_values(c, "enable-admission-plugins")
}
