# METADATA
# title: API server authorizes every request
# description: >-
#   With `--authorization-mode` including `AlwaysAllow` (the binary's default when the flag and
#   `--authorization-config` are both absent) every authenticated request is allowed: RBAC is not
#   consulted and any credential is cluster-admin.
#   (CIS Kubernetes Benchmark 1.2.6; applies to the static pod manifests kubeadm and
#   other installers write to /etc/kubernetes/manifests.)
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/
# custom:
#   id: k8s/apiserver-authorization-always-allow
#   severity: critical
#   kinds: [kubernetes]
#   remediation: |
#     Set `--authorization-mode=Node,RBAC` (or a structured `--authorization-config` without
#     AlwaysAllow).
#
#     Before:
#     ```yaml
#     - --authorization-mode=AlwaysAllow
#     ```
#     After:
#     ```yaml
#     - --authorization-mode=Node,RBAC
#     ```
#   tags: [security, control-plane, cis]
#   frameworks:
#     cis-kubernetes: ["1.2.6"]
#   equivalents:
#     kubescape: [ensure-that-the-api-server-authorization-mode-argument-is-not-set-to-AlwaysAllow]
package palisade.k8s.apiserver_authorization_always_allow

import data.palisade.lib.k8s_control_plane as cp

violation contains cp.finding(c, "kube-apiserver", "authorization-mode", "allows every authenticated request (--authorization-mode includes AlwaysAllow)") if {
	some c in cp.containers("kube-apiserver")
	"AlwaysAllow" in cp.list_values(c, "authorization-mode")
}

violation contains cp.finding(c, "kube-apiserver", "authorization-mode", "allows every authenticated request (no --authorization-mode, whose default is AlwaysAllow)") if {
	some c in cp.containers("kube-apiserver")
	not cp.flag(c, "authorization-mode")
	not cp.flag(c, "authorization-config")
}
