# METADATA
# title: yum install without pinned package versions
# description: >-
#   Installing yum packages without a version makes the image depend on the day it was built:
#   the same Dockerfile yields different packages from one build to the next, an upstream
#   release can break the build or the application unnoticed, and a rebuild cannot reproduce
#   what was tested.
# related_resources:
#   - ref: https://github.com/hadolint/hadolint/wiki/DL3033
# custom:
#   id: dockerfile/yum-unpinned-packages
#   severity: low
#   profile: strict
#   kinds: [dockerfile]
#   remediation: |
#     Pin each package to a version (and update the pins deliberately, e.g. with Renovate).
#
#     Before:
#     ```dockerfile
#     RUN yum install -y httpd && yum clean all
#     ```
#     After:
#     ```dockerfile
#     RUN yum install -y httpd-2.4.57 && yum clean all
#     ```
#   tags: [reproducibility, supply-chain]
#   equivalents:
#     hadolint: [DL3033]
#     kics: [yum_install_without_version]
package palisade.dockerfile.yum_unpinned_packages

import data.palisade.lib.dockerfile

violation contains v if {
	some call in dockerfile.package_calls
	call.tool == "yum"
	call.sub in {"install", "groupinstall", "localinstall"}
	some p in dockerfile.repository_packages(call)
	not pinned(p)
	v := {
		"msg": sprintf("%s installs %s without a version; pin it (yum package versions change under you)", [concat(" ", array.slice(call.argv, 0, 2)), p]),
		"path": ["instructions", call.i],
	}
}

# `httpd-2.4.57`, `httpd-2.4.57-5.el9`: name-version.
pinned(p) if regex.match(`-[0-9]`, p)

# Package groups (`@development`) have no version.
pinned(p) if startswith(p, "@")
