# METADATA
# title: gem install without a pinned version
# description: >-
#   Installing RubyGems packages without a version makes the image depend on the day it was
#   built: the same Dockerfile yields different packages from one build to the next, an upstream
#   release can break the build or the application unnoticed, and a rebuild cannot reproduce
#   what was tested.
# related_resources:
#   - ref: https://github.com/hadolint/hadolint/wiki/DL3028
# custom:
#   id: dockerfile/gem-unpinned-packages
#   severity: low
#   profile: strict
#   kinds: [dockerfile]
#   remediation: |
#     Pin each package to a version (and update the pins deliberately, e.g. with Renovate).
#
#     Before:
#     ```dockerfile
#     RUN gem install bundler
#     ```
#     After:
#     ```dockerfile
#     RUN gem install bundler:2.5.9
#     ```
#   tags: [reproducibility, supply-chain]
#   equivalents:
#     hadolint: [DL3028]
#     kics: [gem_install_without_version]
package palisade.dockerfile.gem_unpinned_packages

import data.palisade.lib.dockerfile

violation contains v if {
	some call in dockerfile.package_calls
	call.tool == "gem"
	call.sub in {"install", "i"}
	some p in dockerfile.repository_packages(call)
	not pinned(p)
	not version_option(call)
	v := {
		"msg": sprintf("%s installs %s without a version; pin it (RubyGems package versions change under you)", [concat(" ", array.slice(call.argv, 0, 2)), p]),
		"path": ["instructions", call.i],
	}
}

# `rails:7.1.3`, or `-v 7.1.3` / `--version` on the command (version_option).
pinned(p) if contains(p, ":")

# gem refuses --version with several gems, so it only pins a single one.
version_option(call) if {
	count(call.operands) == 1
	some w in call.argv
	regex.match(`^(-v|--version)(=.*)?$`, w)
}
