# METADATA
# title: dnf install without -y
# description: >-
#   Without `-y`, `dnf install` asks for confirmation. A build has no one to answer, so dnf
#   aborts the transaction and the build fails. (microdnf does not prompt and is not reported.)
# related_resources:
#   - ref: https://github.com/hadolint/hadolint/wiki/DL3038
# custom:
#   id: dockerfile/dnf-missing-yes
#   severity: low
#   profile: strict
#   kinds: [dockerfile]
#   remediation: |
#     Answer the prompt on the command line.
#
#     Before:
#     ```dockerfile
#     RUN dnf install nginx-1.26.1 && dnf clean all
#     ```
#     After:
#     ```dockerfile
#     RUN dnf install -y nginx-1.26.1 && dnf clean all
#     ```
#   tags: [reliability]
#   equivalents:
#     hadolint: [DL3038]
#     kics: [missing_flag_from_dnf_install]
package palisade.dockerfile.dnf_missing_yes

import data.palisade.lib.dockerfile

violation contains v if {
	some call in dockerfile.package_calls
	call.tool == "dnf"
	dockerfile.program(call.argv) != "microdnf"
	call.sub in {"install", "in", "groupinstall", "update", "upgrade", "remove", "reinstall", "downgrade"}
	not answers_yes(call.argv)
	v := {
		"msg": sprintf("%q waits for a confirmation no one can give during a build; add -y", [concat(" ", call.words)]),
		"path": ["instructions", call.i],
	}
}

answers_yes(argv) if {
	some w in argv
	w in {"--assumeyes", "-y"}
}

answers_yes(argv) if dockerfile.has_short_option(argv, "y")
