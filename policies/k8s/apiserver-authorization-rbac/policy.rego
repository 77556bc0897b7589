# METADATA
# title: API server does not use RBAC
# description: >-
#   Without `RBAC` in `--authorization-mode`, Roles and RoleBindings are ignored: permissions are
#   either all-or-nothing (AlwaysAllow/AlwaysDeny) or left to the legacy ABAC file, so least
#   privilege cannot be expressed.
#   (CIS Kubernetes Benchmark 1.2.8; applies to the static pod manifests kubeadm and
#   other installers write to /etc/kubernetes/manifests.)
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/
# custom:
#   id: k8s/apiserver-authorization-rbac
#   severity: high
#   kinds: [kubernetes]
#   remediation: |
#     Include `RBAC` in `--authorization-mode`.
#
#     Before:
#     ```yaml
#     - --authorization-mode=Node
#     ```
#     After:
#     ```yaml
#     - --authorization-mode=Node,RBAC
#     ```
#   tags: [security, control-plane, cis]
#   frameworks:
#     cis-kubernetes: ["1.2.8"]
#   equivalents:
#     kubescape: [ensure-that-the-api-server-authorization-mode-argument-includes-RBAC]
package palisade.k8s.apiserver_authorization_rbac

import data.palisade.lib.k8s_control_plane as cp

violation contains cp.finding(c, "kube-apiserver", "authorization-mode", "does not use RBAC (--authorization-mode lacks RBAC)") if {
	some c in cp.containers("kube-apiserver")
	not cp.flag(c, "authorization-config")
	not "RBAC" in cp.list_values(c, "authorization-mode")
}
