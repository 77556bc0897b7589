# METADATA
# title: API server disables its secure port
# description: >-
#   `--secure-port=0` turns off the HTTPS listener: clients are then served only over the insecure
#   port, without TLS or authentication.
#   (CIS Kubernetes Benchmark 1.2.19 (v1.6); applies to the static pod manifests kubeadm and
#   other installers write to /etc/kubernetes/manifests.)
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/
# custom:
#   id: k8s/apiserver-secure-port-disabled
#   severity: high
#   kinds: [kubernetes]
#   remediation: |
#     Remove `--secure-port=0` (the default is 6443).
#
#     Before:
#     ```yaml
#     - --secure-port=0
#     ```
#     After:
#     ```yaml
#     - --secure-port=6443
#     ```
#   tags: [security, control-plane, cis]
#   frameworks:
#     cis-kubernetes: ["1.2.19 (v1.6)"]
#   equivalents:
#     kubescape: [ensure-that-the-api-server-secure-port-argument-is-not-set-to-0]
package palisade.k8s.apiserver_secure_port_disabled

import data.palisade.lib.k8s_control_plane as cp

violation contains cp.finding(c, "kube-apiserver", "secure-port", "turns off its HTTPS listener (--secure-port=0)") if {
	some c in cp.containers("kube-apiserver")
	cp.flag(c, "secure-port").value == "0"
}
