# METADATA
# title: apk add without pinned package versions
# description: >-
#   Installing Alpine packages without a version makes the image depend on the day it was built:
#   the same Dockerfile yields different packages from one build to the next, an upstream
#   release can break the build or the application unnoticed, and a rebuild cannot reproduce
#   what was tested.
# related_resources:
#   - ref: https://github.com/hadolint/hadolint/wiki/DL3018
# custom:
#   id: dockerfile/apk-unpinned-packages
#   severity: low
#   profile: strict
#   kinds: [dockerfile]
#   remediation: |
#     Pin each package to a version (and update the pins deliberately, e.g. with Renovate).
#
#     Before:
#     ```dockerfile
#     RUN apk add --no-cache curl
#     ```
#     After:
#     ```dockerfile
#     RUN apk add --no-cache curl=8.9.1-r0
#     ```
#   tags: [reproducibility, supply-chain]
#   equivalents:
#     hadolint: [DL3018]
#     kics: [unpinned_package_version_in_apk_add]
package palisade.dockerfile.apk_unpinned_packages

import data.palisade.lib.dockerfile

violation contains v if {
	some call in dockerfile.package_calls
	call.tool == "apk"
	call.sub in {"add"}
	some p in dockerfile.repository_packages(call)
	not pinned(p)
	v := {
		"msg": sprintf("%s installs %s without a version; pin it (Alpine package versions change under you)", [concat(" ", array.slice(call.argv, 0, 2)), p]),
		"path": ["instructions", call.i],
	}
}

# `curl=8.9.1-r0`, `curl~8.9`, `curl>8`, `curl<9`.
pinned(p) if regex.match(`[=~<>]`, p)
