# METADATA
# title: apt-get install without pinned package versions
# description: >-
#   Installing apt packages without a version makes the image depend on the day it was built:
#   the same Dockerfile yields different packages from one build to the next, an upstream
#   release can break the build or the application unnoticed, and a rebuild cannot reproduce
#   what was tested.
# related_resources:
#   - ref: https://docs.docker.com/build/building/best-practices/#apt-get
# custom:
#   id: dockerfile/apt-unpinned-packages
#   severity: low
#   profile: strict
#   kinds: [dockerfile]
#   remediation: |
#     Pin each package to a version (and update the pins deliberately, e.g. with Renovate).
#
#     Before:
#     ```dockerfile
#     RUN apt-get update && apt-get install -y --no-install-recommends curl
#     ```
#     After:
#     ```dockerfile
#     RUN apt-get update && apt-get install -y --no-install-recommends curl=8.5.0-2ubuntu10.6
#     ```
#   tags: [reproducibility, supply-chain]
#   equivalents:
#     hadolint: [DL3008]
#     kics: [apt_get_install_pin_version_not_defined]
package palisade.dockerfile.apt_unpinned_packages

import data.palisade.lib.dockerfile

violation contains v if {
	some call in dockerfile.package_calls
	call.tool in {"apt-get", "apt"}
	call.sub in {"install"}
	some p in dockerfile.repository_packages(call)
	not pinned(p)
	v := {
		"msg": sprintf("%s installs %s without a version; pin it (apt package versions change under you)", [concat(" ", array.slice(call.argv, 0, 2)), p]),
		"path": ["instructions", call.i],
	}
}

# `curl=8.5.0-2ubuntu10.6`, or a wildcard on the version (`curl=8.5.*`).
pinned(p) if contains(p, "=")
