# METADATA
# title: Image pull policy is not Always
# description: >-
#   With `IfNotPresent` or `Never` a node keeps running whatever image it cached under a tag,
#   even after the tag was re-pushed with a fix, and any pod on that node can use a private
#   image cached there without registry credentials. `Always` makes the node ask the registry
#   each time (a cheap digest check). Images pinned by digest are exempt: their content cannot
#   change. Like polaris, the policy must be set explicitly, so that the manifest states it.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/containers/images/#image-pull-policy
# custom:
#   id: k8s/image-pull-policy
#   severity: low
#   kinds: [kubernetes]
#   remediation: |
#     Set `imagePullPolicy: Always` on the container, or pin the image by digest.
#
#     Before:
#     ```yaml
#     image: ghcr.io/acme/app:1.4.0
#     imagePullPolicy: IfNotPresent
#     ```
#     After:
#     ```yaml
#     image: ghcr.io/acme/app:1.4.0
#     imagePullPolicy: Always
#     ```
#   tags: [supply-chain, reliability]
#   equivalents:
#     checkov: [CKV_K8S_15]
#     polaris: [pullPolicyNotAlways]
#     kubescape: [image-pull-policy-is-not-set-to-always]
package palisade.k8s.image_pull_policy

import data.palisade.lib.k8s

violation contains v if {
	some c in k8s.containers
	not c.container.imagePullPolicy == "Always"
	not k8s.image_pinned_by_digest(object.get(c.container, "image", ""))
	v := {
		"msg": sprintf("%s in %s %s; set imagePullPolicy: Always or pin the image by digest", [c.label, k8s.resource, problem(c.container)]),
		"path": k8s.existing_path(c.path, c.container, ["imagePullPolicy"]),
	}
}

problem(container) := sprintf("has imagePullPolicy: %v, so nodes may run a stale cached image", [container.imagePullPolicy]) if {
	container.imagePullPolicy != null
} else := "does not set imagePullPolicy: Always"
