# METADATA
# title: RUN calls a command that has no effect in a build
# description: >-
#   Commands for interactive or running systems (`vim`, `top`, `ps`, `free`, `kill`, `service …
#   start`, `shutdown`, `mount`, `ifconfig`, `ssh`) do nothing useful in an image build: no
#   service keeps running after the RUN, no terminal is attached, and mounts and network
#   settings are not saved in the image. They hang the build or hide a mistaken assumption.
# related_resources:
#   - ref: https://github.com/hadolint/hadolint/wiki/DL3001
# custom:
#   id: dockerfile/run-interactive-command
#   severity: low
#   profile: strict
#   kinds: [dockerfile]
#   remediation: |
#     Remove the command; start services in the container's ENTRYPOINT/CMD, configure them in files.
#
#     Before:
#     ```dockerfile
#     RUN service nginx start
#     ```
#     After:
#     ```dockerfile
#     CMD ["nginx", "-g", "daemon off;"]
#     ```
#   tags: [correctness]
#   equivalents:
#     hadolint: [DL3001]
#     kics: [run_utilities_and_posix_commands]
package palisade.dockerfile.run_interactive_command

import data.palisade.lib.dockerfile

commands := {"vim", "vi", "nano", "top", "htop", "ps", "free", "kill", "shutdown", "reboot", "service", "mount", "ifconfig", "ssh"}

violation contains v if {
	some rc in dockerfile.run_commands
	dockerfile.program(rc.argv) in commands
	v := {
		"msg": sprintf("RUN %s has no lasting effect in an image build; remove it (start services from CMD, configure them in files)", [concat(" ", rc.argv)]),
		"path": ["instructions", rc.i],
	}
}
