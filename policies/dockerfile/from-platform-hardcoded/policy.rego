# METADATA
# title: FROM pins the platform to a fixed value
# description: >-
#   `FROM --platform=linux/amd64` forces one architecture: on an ARM builder or in a multi-
#   platform build the image silently contains the wrong binaries (run under emulation, or not
#   at all). The build platform variables (`$BUILDPLATFORM`, `$TARGETPLATFORM`) keep the choice
#   with the build.
# related_resources:
#   - ref: https://docs.docker.com/build/building/multi-platform/
#   - ref: https://github.com/hadolint/hadolint/wiki/DL3029
# custom:
#   id: dockerfile/from-platform-hardcoded
#   severity: low
#   profile: strict
#   kinds: [dockerfile]
#   remediation: |
#     Leave the platform to the build (`docker buildx build --platform …`), or use the predefined
#     platform arguments for cross-compiling stages.
#
#     Before:
#     ```dockerfile
#     FROM --platform=linux/amd64 golang:1.22 AS build
#     ```
#     After:
#     ```dockerfile
#     FROM --platform=$BUILDPLATFORM golang:1.22 AS build
#     ```
#   tags: [portability]
#   equivalents:
#     hadolint: [DL3029]
#     kics: [using_platform_with_from]
package palisade.dockerfile.from_platform_hardcoded

import data.palisade.lib.dockerfile

violation contains v if {
	some s in input.stages
	platform := s.from.platform
	is_string(platform)
	not dockerfile.variable(platform)
	v := {
		"msg": sprintf("FROM --platform=%s fixes the architecture; use $BUILDPLATFORM/$TARGETPLATFORM or leave it to the build", [platform]),
		"path": ["instructions", dockerfile.from_index(s.index)],
	}
}
