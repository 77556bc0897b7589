# METADATA
# title: RUN uses sudo
# description: >-
#   Build steps already run as the current USER; sudo adds a setuid binary and a sudoers
#   configuration to the image, and its TTY and signal handling causes hard-to-debug build
#   failures. If sudo is installed and configured, the runtime user can also escalate to root.
# related_resources:
#   - ref: https://docs.docker.com/build/building/best-practices/#user
# custom:
#   id: dockerfile/sudo
#   severity: medium
#   kinds: [dockerfile]
#   remediation: |
#     Switch USER to root for the steps that need it and back afterwards, and do not install
#     sudo in the image (use gosu/su-exec in an entrypoint if privileges must be dropped at
#     start).
#
#     Before:
#     ```dockerfile
#     USER app
#     RUN sudo apt-get update && sudo apt-get install -y --no-install-recommends curl
#     ```
#     After:
#     ```dockerfile
#     USER root
#     RUN apt-get update && apt-get install -y --no-install-recommends curl
#     USER app
#     ```
#   tags: [security, best-practice]
#   equivalents:
#     hadolint: [DL3004]
#     kics: [run_using_sudo]
package palisade.dockerfile.sudo

import data.palisade.lib.dockerfile

violation contains v if {
	some rc in dockerfile.run_commands
	# sudo is one of the wrappers before the program (the words argv leaves out).
	"sudo" in array.slice(rc.words, 0, count(rc.words) - count(rc.argv))
	v := {
		"msg": sprintf("RUN calls %q with sudo; switch USER to root for this step instead", [concat(" ", rc.words)]),
		"path": ["instructions", rc.i],
	}
}
