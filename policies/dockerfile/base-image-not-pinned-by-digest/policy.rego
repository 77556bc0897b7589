# METADATA
# title: Base image is not pinned by digest
# description: >-
#   Even a version tag can be re-pushed: a compromised or careless upstream can change what
#   `python:3.12` contains between two builds. Only a digest fixes the exact base image, so a
#   build is reproducible and a reviewed base cannot be swapped silently.
# related_resources:
#   - ref: https://docs.docker.com/reference/dockerfile/#from
# custom:
#   id: dockerfile/base-image-not-pinned-by-digest
#   severity: low
#   kinds: [dockerfile]
#   remediation: |
#     Add the digest to the FROM line (keep the tag for readability) and let a bot such as
#     Renovate or Dependabot update it.
#
#     Before:
#     ```dockerfile
#     FROM python:3.12.4-slim-bookworm
#     ```
#     After:
#     ```dockerfile
#     FROM python:3.12.4-slim-bookworm@sha256:<digest>
#     ```
#   tags: [supply-chain, reproducibility]
package palisade.dockerfile.base_image_not_pinned_by_digest

import data.palisade.lib.dockerfile

violation contains v if {
	some s in dockerfile.external_stages
	not startswith(object.get(s.from, "digest", ""), "sha256:")
	v := {
		"msg": sprintf("FROM %s is not pinned by digest; append @sha256:<digest> to the image", [s.from.raw]),
		"path": ["instructions", dockerfile.from_index(s.index)],
	}
}
