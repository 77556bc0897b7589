# METADATA
# title: RUN replaces /bin/sh or the login shell
# description: >-
#   Linking another shell over `/bin/sh` (or `chsh`) changes how every script in the image and
#   every later RUN is interpreted, invisibly to a reader of the Dockerfile. The SHELL
#   instruction says the same thing explicitly and only for the build.
# related_resources:
#   - ref: https://docs.docker.com/reference/dockerfile/#shell
#   - ref: https://github.com/hadolint/hadolint/wiki/DL4005
# custom:
#   id: dockerfile/default-shell-replaced
#   severity: low
#   profile: strict
#   kinds: [dockerfile]
#   remediation: |
#     Use the SHELL instruction.
#
#     Before:
#     ```dockerfile
#     RUN ln -sf /bin/bash /bin/sh
#     ```
#     After:
#     ```dockerfile
#     SHELL ["/bin/bash", "-o", "pipefail", "-c"]
#     ```
#   tags: [maintainability]
#   equivalents:
#     hadolint: [DL4005]
#     kics: [changing_default_shell_using_run_command]
package palisade.dockerfile.default_shell_replaced

import data.palisade.lib.dockerfile

violation contains v if {
	some rc in dockerfile.run_commands
	dockerfile.program(rc.argv) == "ln"
	rc.argv[count(rc.argv) - 1] in {"/bin/sh", "/usr/bin/sh"}
	v := {
		"msg": sprintf("%q replaces /bin/sh for every script in the image; use the SHELL instruction", [concat(" ", rc.words)]),
		"path": ["instructions", rc.i],
	}
}

violation contains v if {
	some rc in dockerfile.run_commands
	dockerfile.program(rc.argv) == "chsh"
	v := {
		"msg": sprintf("%q changes the login shell; use the SHELL instruction for build steps", [concat(" ", rc.words)]),
		"path": ["instructions", rc.i],
	}
}
