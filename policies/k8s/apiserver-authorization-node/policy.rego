# METADATA
# title: API server does not restrict kubelets with the Node authorizer
# description: >-
#   The Node authorizer limits each kubelet to the secrets, config maps and pods of its own node.
#   Without it a compromised node's credentials can read every secret in the cluster.
#   (CIS Kubernetes Benchmark 1.2.7; applies to the static pod manifests kubeadm and
#   other installers write to /etc/kubernetes/manifests.)
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/
# custom:
#   id: k8s/apiserver-authorization-node
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Include `Node` in `--authorization-mode` (and enable the NodeRestriction admission plugin).
#
#     Before:
#     ```yaml
#     - --authorization-mode=RBAC
#     ```
#     After:
#     ```yaml
#     - --authorization-mode=Node,RBAC
#     ```
#   tags: [security, control-plane, cis]
#   frameworks:
#     cis-kubernetes: ["1.2.7"]
#   equivalents:
#     kubescape: [ensure-that-the-api-server-authorization-mode-argument-includes-Node]
package palisade.k8s.apiserver_authorization_node

import data.palisade.lib.k8s_control_plane as cp

violation contains cp.finding(c, "kube-apiserver", "authorization-mode", "does not use the Node authorizer (--authorization-mode lacks Node)") if {
	some c in cp.containers("kube-apiserver")
	not cp.flag(c, "authorization-config")
	not "Node" in cp.list_values(c, "authorization-mode")
}
