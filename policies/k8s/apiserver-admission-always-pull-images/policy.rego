# METADATA
# title: API server does not enforce AlwaysPullImages
# description: >-
#   On a multi-tenant cluster, an image pulled once with one tenant's registry credentials stays
#   in the node's cache and any pod on that node can run it by name. `AlwaysPullImages` forces a
#   pull (and so a credential check) for every pod.
#   (CIS Kubernetes Benchmark 1.2.11; applies to the static pod manifests kubeadm and
#   other installers write to /etc/kubernetes/manifests.)
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/
# custom:
#   id: k8s/apiserver-admission-always-pull-images
#   severity: low
#   profile: strict
#   kinds: [kubernetes]
#   remediation: |
#     Add `AlwaysPullImages` to `--enable-admission-plugins` (weigh the registry load it adds).
#
#     Before:
#     ```yaml
#     - --enable-admission-plugins=NodeRestriction
#     ```
#     After:
#     ```yaml
#     - --enable-admission-plugins=NodeRestriction,AlwaysPullImages
#     ```
#   tags: [security, control-plane, cis]
#   frameworks:
#     cis-kubernetes: ["1.2.11"]
#   equivalents:
#     kubescape: [ensure-that-the-admission-control-plugin-AlwaysPullImages-is-set]
package palisade.k8s.apiserver_admission_always_pull_images

import data.palisade.lib.k8s_control_plane as cp

violation contains cp.finding(c, "kube-apiserver", "enable-admission-plugins", "does not enable the AlwaysPullImages admission plugin") if {
	some c in cp.containers("kube-apiserver")
	not "AlwaysPullImages" in cp.list_values(c, "enable-admission-plugins")
}
