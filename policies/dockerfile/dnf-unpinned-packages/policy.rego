# METADATA
# title: dnf install without pinned package versions
# description: >-
#   Installing dnf packages without a version makes the image depend on the day it was built:
#   the same Dockerfile yields different packages from one build to the next, an upstream
#   release can break the build or the application unnoticed, and a rebuild cannot reproduce
#   what was tested.
# related_resources:
#   - ref: https://github.com/hadolint/hadolint/wiki/DL3041
# custom:
#   id: dockerfile/dnf-unpinned-packages
#   severity: low
#   profile: strict
#   kinds: [dockerfile]
#   remediation: |
#     Pin each package to a version (and update the pins deliberately, e.g. with Renovate).
#
#     Before:
#     ```dockerfile
#     RUN dnf install -y nginx && dnf clean all
#     ```
#     After:
#     ```dockerfile
#     RUN dnf install -y nginx-1.24.0 && dnf clean all
#     ```
#   tags: [reproducibility, supply-chain]
#   equivalents:
#     hadolint: [DL3041]
#     kics: [missing_version_specification_in_dnf_install]
package palisade.dockerfile.dnf_unpinned_packages

import data.palisade.lib.dockerfile

violation contains v if {
	some call in dockerfile.package_calls
	call.tool == "dnf"
	call.sub in {"install", "in", "groupinstall"}
	some p in dockerfile.repository_packages(call)
	not pinned(p)
	v := {
		"msg": sprintf("%s installs %s without a version; pin it (dnf package versions change under you)", [concat(" ", array.slice(call.argv, 0, 2)), p]),
		"path": ["instructions", call.i],
	}
}

# `nginx-1.24.0`, `nginx-1:1.24.0-1.fc40`: name-version.
pinned(p) if regex.match(`-[0-9]`, p)

# Package groups and modules (`@nodejs:20`) are versioned by their stream.
pinned(p) if startswith(p, "@")
