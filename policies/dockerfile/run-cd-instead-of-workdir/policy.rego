# METADATA
# title: RUN changes directory with cd
# description: >-
#   A `cd` in RUN only lasts for that instruction, so later instructions run somewhere else than
#   the reader assumes, and long `cd a && … && cd b` chains are hard to follow. WORKDIR sets the
#   directory for every following instruction and documents it.
# related_resources:
#   - ref: https://docs.docker.com/build/building/best-practices/#workdir
#   - ref: https://github.com/hadolint/hadolint/wiki/DL3003
# custom:
#   id: dockerfile/run-cd-instead-of-workdir
#   severity: info
#   profile: strict
#   kinds: [dockerfile]
#   remediation: |
#     Use WORKDIR (or the tool's own directory option, e.g. `make -C`, `npm --prefix`).
#
#     Before:
#     ```dockerfile
#     RUN cd /app && npm ci
#     ```
#     After:
#     ```dockerfile
#     WORKDIR /app
#     RUN npm ci
#     ```
#   tags: [maintainability]
#   equivalents:
#     hadolint: [DL3003]
#     kics: [run_command_cd_instead_of_workdir]
package palisade.dockerfile.run_cd_instead_of_workdir

import data.palisade.lib.dockerfile

violation contains v if {
	some rc in dockerfile.run_commands
	dockerfile.program(rc.argv) == "cd"
	v := {
		"msg": "RUN changes directory with cd, which only lasts for this instruction; use WORKDIR",
		"path": ["instructions", rc.i],
	}
}
