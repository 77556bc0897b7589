# METADATA
# title: API server does not enable NodeRestriction
# description: >-
#   The `NodeRestriction` admission plugin stops a kubelet from modifying other nodes and pods not
#   bound to it (and from setting its own security-relevant labels); without it one compromised
#   node can tamper with the rest of the cluster.
#   (CIS Kubernetes Benchmark 1.2.15; applies to the static pod manifests kubeadm and
#   other installers write to /etc/kubernetes/manifests.)
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/
# custom:
#   id: k8s/apiserver-admission-node-restriction
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Add `NodeRestriction` to `--enable-admission-plugins`.
#
#     Before:
#     ```yaml
#     - --enable-admission-plugins=AlwaysPullImages
#     ```
#     After:
#     ```yaml
#     - --enable-admission-plugins=NodeRestriction,AlwaysPullImages
#     ```
#   tags: [security, control-plane, cis]
#   frameworks:
#     cis-kubernetes: ["1.2.15"]
#   equivalents:
#     kubescape: [ensure-that-the-admission-control-plugin-NodeRestriction-is-set]
package palisade.k8s.apiserver_admission_node_restriction

import data.palisade.lib.k8s_control_plane as cp

violation contains cp.finding(c, "kube-apiserver", "enable-admission-plugins", "does not enable the NodeRestriction admission plugin") if {
	some c in cp.containers("kube-apiserver")
	not "NodeRestriction" in cp.list_values(c, "enable-admission-plugins")
}
