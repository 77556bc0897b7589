# METADATA
# title: Container image uses the latest tag or no tag
# description: >-
#   An image without a tag means `:latest`, and `latest` moves: the same manifest deploys
#   different code on different days and nodes, rollbacks do not roll back, and nobody can tell
#   which version is running or whether it was reviewed.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/containers/images/#image-names
# custom:
#   id: k8s/image-tag-latest
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Reference a specific version tag (or, better, a digest).
#
#     Before:
#     ```yaml
#     image: nginx
#     ```
#     After:
#     ```yaml
#     image: nginx:1.27.0
#     ```
#   tags: [supply-chain, reliability]
#   equivalents:
#     checkov: [CKV_K8S_14]
#     trivy: [KSV013]
#     polaris: [tagNotSpecified]
#     kube-linter: [latest-tag]
package palisade.k8s.image_tag_latest

import data.palisade.lib.k8s

# A digest pins the image whatever the tag says, so digest references are never flagged here.
violation contains v if {
	some c in k8s.containers
	image := c.container.image
	is_string(image)
	not k8s.image_pinned_by_digest(image)
	tag := k8s.image_tag(image)
	tag in {"", "latest"}
	v := {
		"msg": sprintf("%s in %s uses image %q, %s; pin a version tag or a digest", [c.label, k8s.resource, image, problem(tag)]),
		"path": array.concat(c.path, ["image"]),
	}
}

problem("") := "which has no tag and so means :latest"

problem("latest") := "whose :latest tag can change at any time"
