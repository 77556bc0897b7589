# METADATA
# title: Controller manager or scheduler listens on every interface
# description: >-
#   kube-controller-manager and kube-scheduler serve health, metrics and (unless disabled)
#   profiling endpoints; bound to all interfaces (the default `0.0.0.0`) they are reachable from
#   the node's network, not only from the node.
#   (CIS Kubernetes Benchmark 1.3.7, 1.4.2; applies to the static pod manifests kubeadm and
#   other installers write to /etc/kubernetes/manifests.)
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/command-line-tools-reference/kube-controller-manager/
# custom:
#   id: k8s/control-plane-bind-address
#   severity: low
#   kinds: [kubernetes]
#   remediation: |
#     Pass `--bind-address=127.0.0.1`.
#
#     Before:
#     ```yaml
#     - --bind-address=0.0.0.0
#     ```
#     After:
#     ```yaml
#     - --bind-address=127.0.0.1
#     ```
#   tags: [security, control-plane, cis]
#   frameworks:
#     cis-kubernetes: ["1.3.7", "1.4.2"]
#   equivalents:
#     kubescape: [ensure-that-the-controller-manager-bind-address-argument-is-set-to-127.0.0.1, ensure-that-the-scheduler-bind-address-argument-is-set-to-127.0.0.1]
package palisade.k8s.control_plane_bind_address

import data.palisade.lib.k8s_control_plane as cp

violation contains cp.finding(c, component, "bind-address", sprintf("listens on every interface (--bind-address is %s, not 127.0.0.1)", [address])) if {
	some component in ["kube-controller-manager", "kube-scheduler"]
	some c in cp.containers(component)
	address := cp.value_or(c, "bind-address", "0.0.0.0")
	not address in {"127.0.0.1", "localhost", "::1"}
}
