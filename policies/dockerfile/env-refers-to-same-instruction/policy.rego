# METADATA
# title: ENV uses a variable it sets itself
# description: >-
#   All values of one ENV instruction are expanded with the variables as they were before it: in
#   `ENV A=1 B=$A`, B gets the old value of A (usually empty), not 1. The result silently
#   differs from what the line seems to say.
# related_resources:
#   - ref: https://docs.docker.com/reference/dockerfile/#environment-replacement
# custom:
#   id: dockerfile/env-refers-to-same-instruction
#   severity: low
#   kinds: [dockerfile]
#   remediation: |
#     Set the variable in an earlier ENV instruction.
#
#     Before:
#     ```dockerfile
#     ENV APP_HOME=/srv/app APP_BIN=$APP_HOME/bin
#     ```
#     After:
#     ```dockerfile
#     ENV APP_HOME=/srv/app
#     ENV APP_BIN=$APP_HOME/bin
#     ```
#   tags: [correctness]
#   equivalents:
#     hadolint: [DL3044]
#     kics: [env_no_refer_envvar]
package palisade.dockerfile.env_refers_to_same_instruction

import data.palisade.lib.dockerfile

# A reference to a different variable that the same instruction sets (a variable referring to
# its own old value, as in PATH=/x:$PATH, is intended).
violation contains v if {
	some s in dockerfile.variable_settings
	s.ins.cmd == "env"
	some ref in regex.find_all_string_submatch_n(`\$\{?([A-Za-z_][A-Za-z0-9_]*)`, s.value, -1)
	ref[1] != s.name
	some other in dockerfile.variable_settings
	other.i == s.i
	other.name == ref[1]
	v := {
		"msg": sprintf("%s=%s uses %s, which this ENV also sets; it gets the value from before this line, so set %s in an earlier ENV", [s.name, s.value, ref[1], ref[1]]),
		"path": ["instructions", s.i],
	}
}
