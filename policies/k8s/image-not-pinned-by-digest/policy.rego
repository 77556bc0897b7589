# METADATA
# title: Container image is not pinned by digest
# description: >-
#   Tags are mutable: whoever can push to the registry (or compromise it) can point a tag at
#   different content. Only a digest guarantees that the image deployed is the image that was
#   built, scanned and approved.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/containers/images/#image-names
# custom:
#   id: k8s/image-not-pinned-by-digest
#   severity: low
#   kinds: [kubernetes]
#   remediation: |
#     Reference the image by digest (keep the tag for readability; the digest wins), and let a
#     bot such as Renovate update digests.
#
#     Before:
#     ```yaml
#     image: ghcr.io/acme/app:1.4.0
#     ```
#     After:
#     ```yaml
#     image: ghcr.io/acme/app:1.4.0@sha256:<digest>
#     ```
#   tags: [supply-chain]
#   equivalents:
#     checkov: [CKV_K8S_43]
#     kubescape: [image-not-pinned-to-digest]
package palisade.k8s.image_not_pinned_by_digest

import data.palisade.lib.k8s

violation contains v if {
	some c in k8s.containers
	image := c.container.image
	is_string(image)
	not k8s.image_pinned_by_digest(image)
	v := {
		"msg": sprintf("%s in %s uses image %q without a digest; append @sha256:<digest> to pin it", [c.label, k8s.resource, image]),
		"path": array.concat(c.path, ["image"]),
	}
}
