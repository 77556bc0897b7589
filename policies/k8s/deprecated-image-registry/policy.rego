# METADATA
# title: Image comes from the frozen k8s.gcr.io registry
# description: >-
#   The Kubernetes project froze k8s.gcr.io in April 2023: it receives no new images or security
#   fixes, and old images are being removed. Workloads pulling from it stay on unpatched
#   versions and break when an image disappears.
# related_resources:
#   - ref: https://kubernetes.io/blog/2023/03/10/image-registry-redirect/
# custom:
#   id: k8s/deprecated-image-registry
#   severity: low
#   kinds: [kubernetes]
#   remediation: |
#     Pull from registry.k8s.io (same image names).
#
#     Before:
#     ```yaml
#     image: k8s.gcr.io/ingress-nginx/controller:v1.2.1
#     ```
#     After:
#     ```yaml
#     image: registry.k8s.io/ingress-nginx/controller:v1.10.1
#     ```
#   tags: [supply-chain]
#   equivalents:
#     kubescape: [rule-identify-old-k8s-registry]
package palisade.k8s.deprecated_image_registry

import data.palisade.lib.k8s

violation contains v if {
	some c in k8s.containers
	image := c.container.image
	is_string(image)
	regex.match(`^(k8s\.gcr\.io|[a-z0-9-]+\.gcr\.io/google[-_]containers)/`, image)
	v := {
		"msg": sprintf("%s in %s pulls %q from the frozen k8s.gcr.io registry; use registry.k8s.io", [c.label, k8s.resource, image]),
		"path": array.concat(c.path, ["image"]),
	}
}
