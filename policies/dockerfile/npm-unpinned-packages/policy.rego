# METADATA
# title: npm install of a package without a version
# description: >-
#   Installing npm packages without a version makes the image depend on the day it was built:
#   the same Dockerfile yields different packages from one build to the next, an upstream
#   release can break the build or the application unnoticed, and a rebuild cannot reproduce
#   what was tested. Installing from package.json with a lockfile (`npm ci`, or `npm install`
#   with no names) is not reported.
# related_resources:
#   - ref: https://github.com/hadolint/hadolint/wiki/DL3016
# custom:
#   id: dockerfile/npm-unpinned-packages
#   severity: low
#   profile: strict
#   kinds: [dockerfile]
#   remediation: |
#     Pin each package to a version (and update the pins deliberately, e.g. with Renovate).
#
#     Before:
#     ```dockerfile
#     RUN npm install -g typescript
#     ```
#     After:
#     ```dockerfile
#     RUN npm install -g typescript@5.4.5
#     ```
#   tags: [reproducibility, supply-chain]
#   equivalents:
#     hadolint: [DL3016]
#     kics: [npm_install_without_pinned_version]
package palisade.dockerfile.npm_unpinned_packages

import data.palisade.lib.dockerfile

violation contains v if {
	some call in dockerfile.package_calls
	call.tool == "npm"
	call.sub in {"install", "i", "add"}
	some p in dockerfile.repository_packages(call)
	not pinned(p)
	v := {
		"msg": sprintf("%s installs %s without a version; pin it (npm package versions change under you)", [concat(" ", array.slice(call.argv, 0, 2)), p]),
		"path": ["instructions", call.i],
	}
}

# `express@4.19.2` (and `@scope/name@1.2.3`): a version after the name.
pinned(p) if regex.match(`^@?[^@]+@.+$`, p)

# Local folders, tarballs and git URLs are not registry packages.
pinned(p) if regex.match(`^(\.|file:|git[+:]|https?:|github:)`, p)
