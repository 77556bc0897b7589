# METADATA
# title: Base image uses the latest tag or no tag
# description: >-
#   `FROM image` without a tag means `image:latest`, which changes whenever upstream pushes: two
#   builds of the same commit produce different images, a broken or compromised upstream release
#   flows straight in, and nobody can say which base a running image was built on.
# related_resources:
#   - ref: https://docs.docker.com/build/building/best-practices/#from
# custom:
#   id: dockerfile/base-image-latest
#   severity: medium
#   kinds: [dockerfile]
#   remediation: |
#     Name a specific version tag (and preferably a digest) in every FROM.
#
#     Before:
#     ```dockerfile
#     FROM python
#     ```
#     After:
#     ```dockerfile
#     FROM python:3.12.4-slim-bookworm
#     ```
#   tags: [supply-chain, reproducibility]
#   equivalents:
#     hadolint: [DL3006, DL3007]
#     checkov: [CKV_DOCKER_7]
#     kics: [image_version_not_explicit, image_version_using_latest]
package palisade.dockerfile.base_image_latest

import data.palisade.lib.dockerfile

violation contains v if {
	some s in dockerfile.external_stages
	not pinned(s)
	tag := object.get(s.from, "tag", null)
	problem := unpinned(tag)
	v := {
		"msg": sprintf("FROM %s %s; pin a version tag (and a digest)", [s.from.raw, problem]),
		"path": ["instructions", dockerfile.from_index(s.index)],
	}
}

pinned(s) if {
	d := s.from.digest
	is_string(d)
	d != ""
}

unpinned(null) := "has no tag, so it means :latest and changes with every upstream release"

unpinned("latest") := "uses the :latest tag, which changes with every upstream release"
