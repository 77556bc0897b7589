# METADATA
# title: zypper install without --non-interactive
# description: >-
#   Without `--non-interactive` (or `-y`), `zypper install` asks for confirmation. A build has
#   no one to answer, so zypper aborts and the build fails.
# related_resources:
#   - ref: https://github.com/hadolint/hadolint/wiki/DL3034
# custom:
#   id: dockerfile/zypper-non-interactive
#   severity: low
#   profile: strict
#   kinds: [dockerfile]
#   remediation: |
#     Answer the prompt on the command line.
#
#     Before:
#     ```dockerfile
#     RUN zypper install curl=8.6.0 && zypper clean
#     ```
#     After:
#     ```dockerfile
#     RUN zypper --non-interactive install curl=8.6.0 && zypper clean
#     ```
#   tags: [reliability]
#   equivalents:
#     hadolint: [DL3034]
#     kics: [missing_zypper_non_interactive_switch]
package palisade.dockerfile.zypper_non_interactive

import data.palisade.lib.dockerfile

violation contains v if {
	some call in dockerfile.package_calls
	call.tool == "zypper"
	call.sub in {"install", "in", "remove", "rm", "update", "up", "patch", "dist-upgrade", "dup"}
	not answers_yes(call.argv)
	v := {
		"msg": sprintf("%q waits for a confirmation no one can give during a build; add --non-interactive", [concat(" ", call.words)]),
		"path": ["instructions", call.i],
	}
}

answers_yes(argv) if {
	some w in argv
	w in {"-n", "--non-interactive", "-y", "--no-confirm"}
}
