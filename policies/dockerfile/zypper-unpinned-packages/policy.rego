# METADATA
# title: zypper install without pinned package versions
# description: >-
#   Installing zypper packages without a version makes the image depend on the day it was built:
#   the same Dockerfile yields different packages from one build to the next, an upstream
#   release can break the build or the application unnoticed, and a rebuild cannot reproduce
#   what was tested.
# related_resources:
#   - ref: https://github.com/hadolint/hadolint/wiki/DL3037
# custom:
#   id: dockerfile/zypper-unpinned-packages
#   severity: low
#   profile: strict
#   kinds: [dockerfile]
#   remediation: |
#     Pin each package to a version (and update the pins deliberately, e.g. with Renovate).
#
#     Before:
#     ```dockerfile
#     RUN zypper install -y curl && zypper clean
#     ```
#     After:
#     ```dockerfile
#     RUN zypper install -y curl=8.6.0 && zypper clean
#     ```
#   tags: [reproducibility, supply-chain]
#   equivalents:
#     hadolint: [DL3037]
#     kics: [zypper_install_without_version]
package palisade.dockerfile.zypper_unpinned_packages

import data.palisade.lib.dockerfile

violation contains v if {
	some call in dockerfile.package_calls
	call.tool == "zypper"
	call.sub in {"install", "in"}
	some p in dockerfile.repository_packages(call)
	not pinned(p)
	v := {
		"msg": sprintf("%s installs %s without a version; pin it (zypper package versions change under you)", [concat(" ", array.slice(call.argv, 0, 2)), p]),
		"path": ["instructions", call.i],
	}
}

# `curl=8.6.0`, `curl>=8`, `curl-8.6.0`.
pinned(p) if regex.match(`[=<>]|-[0-9]`, p)
