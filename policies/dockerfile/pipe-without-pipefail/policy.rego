# METADATA
# title: RUN pipes commands without pipefail
# description: >-
#   A shell pipeline's exit status is that of its last command: in `RUN curl -fsSL $URL | tar
#   xz` a failed download still "succeeds" when tar reads empty input, and the build goes on
#   with a broken image. `set -o pipefail` (or a SHELL with `-o pipefail`) makes the step fail
#   as it should.
# related_resources:
#   - ref: https://docs.docker.com/build/building/best-practices/#using-pipes
#   - ref: https://github.com/hadolint/hadolint/wiki/DL4006
# custom:
#   id: dockerfile/pipe-without-pipefail
#   severity: low
#   profile: strict
#   kinds: [dockerfile]
#   remediation: |
#     Set pipefail for the stage (needs bash or another shell that supports it).
#
#     Before:
#     ```dockerfile
#     RUN curl -fsSL https://example.com/tool.tar.gz | tar xz -C /usr/local/bin
#     ```
#     After:
#     ```dockerfile
#     SHELL ["/bin/bash", "-o", "pipefail", "-c"]
#     RUN curl -fsSL https://example.com/tool.tar.gz | tar xz -C /usr/local/bin
#     ```
#   tags: [reliability]
#   equivalents:
#     hadolint: [DL4006]
#     kics: [shell_running_a_pipe_without_pipefail_flag]
package palisade.dockerfile.pipe_without_pipefail

import data.palisade.lib.dockerfile

violation contains v if {
	some rc in dockerfile.run_commands
	rc.piped
	rc.ins.json == false
	not shell_handles_it(rc.i)
	not sets_pipefail(rc.i)
	v := {
		"msg": "RUN pipes one command into another without pipefail, so a failure before the last | is ignored; add SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] or set -o pipefail",
		"path": ["instructions", rc.i],
	}
}

# The stage's SHELL, set before instruction i, has pipefail or is no POSIX shell (pwsh, cmd).
shell_handles_it(i) if {
	some j, ins in input.instructions
	j < i
	ins.cmd == "shell"
	ins.stage == input.instructions[i].stage
	some w in ins.args
	contains(w, "pipefail")
}

shell_handles_it(i) if {
	some j, ins in input.instructions
	j < i
	ins.cmd == "shell"
	ins.stage == input.instructions[i].stage
	not regex.match(`(^|/)(ba|z|k|a|da)?sh$`, ins.args[0])
}

# `set -o pipefail`, `set -euo pipefail` earlier in the same script.
sets_pipefail(i) if {
	some argv in dockerfile.argvs(i)
	argv[0] == "set"
	"pipefail" in argv
}
