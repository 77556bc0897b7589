# METADATA
# title: RUN uses apt instead of apt-get
# description: >-
#   `apt` is the interactive front end: its output and behaviour may change between releases and
#   it warns "apt does not have a stable CLI interface. Use with caution in scripts." `apt-get`
#   is the interface meant for scripts and Dockerfiles.
# related_resources:
#   - ref: https://github.com/hadolint/hadolint/wiki/DL3027
# custom:
#   id: dockerfile/apt-instead-of-apt-get
#   severity: low
#   profile: strict
#   kinds: [dockerfile]
#   remediation: |
#     Use `apt-get` (same subcommands).
#
#     Before:
#     ```dockerfile
#     RUN apt update && apt install -y curl=8.5.0-2
#     ```
#     After:
#     ```dockerfile
#     RUN apt-get update && apt-get install -y --no-install-recommends curl=8.5.0-2 && rm -rf /var/lib/apt/lists/*
#     ```
#   tags: [reliability]
#   equivalents:
#     hadolint: [DL3027]
#     kics: [run_using_apt]
package palisade.dockerfile.apt_instead_of_apt_get

import data.palisade.lib.dockerfile

violation contains v if {
	some call in dockerfile.package_calls
	call.tool == "apt"
	v := {
		"msg": sprintf("%q uses apt, whose command line is not stable for scripts; use apt-get", [concat(" ", call.words)]),
		"path": ["instructions", call.i],
	}
}
