# METADATA
# title: yum install without -y
# description: >-
#   Without `-y`, `yum install` asks for confirmation. A build has no one to answer, so yum
#   stops with "Exiting on user command" and the build fails or skips the install.
# related_resources:
#   - ref: https://github.com/hadolint/hadolint/wiki/DL3030
# custom:
#   id: dockerfile/yum-missing-yes
#   severity: low
#   profile: strict
#   kinds: [dockerfile]
#   remediation: |
#     Answer the prompt on the command line.
#
#     Before:
#     ```dockerfile
#     RUN yum install httpd-2.4.6 && yum clean all
#     ```
#     After:
#     ```dockerfile
#     RUN yum install -y httpd-2.4.6 && yum clean all
#     ```
#   tags: [reliability]
#   equivalents:
#     hadolint: [DL3030]
#     kics: [yum_install_allows_manual_input]
package palisade.dockerfile.yum_missing_yes

import data.palisade.lib.dockerfile

violation contains v if {
	some call in dockerfile.package_calls
	call.tool == "yum"
	call.sub in {"install", "groupinstall", "localinstall", "update", "upgrade", "remove", "erase"}
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
