# METADATA
# title: apt-get install without -y
# description: >-
#   Without `-y`, `apt-get install` asks for confirmation whenever it installs more than was
#   named. A build has no one to answer: apt-get aborts and the build fails, or behaves
#   differently depending on dependencies.
# related_resources:
#   - ref: https://github.com/hadolint/hadolint/wiki/DL3014
# custom:
#   id: dockerfile/apt-get-missing-yes
#   severity: low
#   profile: strict
#   kinds: [dockerfile]
#   remediation: |
#     Answer the prompt on the command line.
#
#     Before:
#     ```dockerfile
#     RUN apt-get update && apt-get install --no-install-recommends curl=8.5.0-2
#     ```
#     After:
#     ```dockerfile
#     RUN apt-get update && apt-get install -y --no-install-recommends curl=8.5.0-2
#     ```
#   tags: [reliability]
#   equivalents:
#     hadolint: [DL3014]
#     kics: [apt_get_missing_flags_to_avoid_manual_input]
package palisade.dockerfile.apt_get_missing_yes

import data.palisade.lib.dockerfile

violation contains v if {
	some call in dockerfile.package_calls
	call.tool == "apt-get"
	call.sub in {"install", "upgrade", "dist-upgrade", "remove", "purge", "autoremove"}
	not answers_yes(call.argv)
	v := {
		"msg": sprintf("%q waits for a confirmation no one can give during a build; add -y", [concat(" ", call.words)]),
		"path": ["instructions", call.i],
	}
}

answers_yes(argv) if {
	some w in argv
	w in {"--yes", "--assume-yes", "-q=2", "--quiet=2"}
}

# Quiet level 2 implies -y: `-qq`, `-q -q`, `--quiet --quiet`.
answers_yes(argv) if {
	levels := [n |
		some w in argv
		n := quiet_level(w)
	]
	sum(levels) >= 2
}

quiet_level("--quiet") := 1

quiet_level(w) := count(w) - count(replace(w, "q", "")) if regex.match(`^-[A-Za-z]+$`, w)

# `-y` alone or combined with other short options (`-qy`).
answers_yes(argv) if dockerfile.has_short_option(argv, "y")
