# METADATA
# title: Controller manager does not give pods the cluster CA
# description: >-
#   `--root-ca-file` is the CA bundle put into every service-account token volume; without it pods
#   cannot verify the API server's certificate and are open to interception.
#   (CIS Kubernetes Benchmark 1.3.5; applies to the static pod manifests kubeadm and
#   other installers write to /etc/kubernetes/manifests.)
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/command-line-tools-reference/kube-controller-manager/
# custom:
#   id: k8s/controller-manager-root-ca
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Pass the cluster CA with `--root-ca-file`.
#
#     Before:
#     ```yaml
#     # no --root-ca-file
#     ```
#     After:
#     ```yaml
#     - --root-ca-file=/etc/kubernetes/pki/ca.crt
#     ```
#   tags: [security, control-plane, cis]
#   frameworks:
#     cis-kubernetes: ["1.3.5"]
#   equivalents:
#     kubescape: [ensure-that-the-controller-manager-root-ca-file-argument-is-set-as-appropriate]
package palisade.k8s.controller_manager_root_ca

import data.palisade.lib.k8s_control_plane as cp

violation contains cp.finding(c, "kube-controller-manager", "root-ca-file", "gives pods no CA to verify the API server (--root-ca-file is not set)") if {
	some c in cp.containers("kube-controller-manager")
	not cp.flag(c, "root-ca-file")
}
