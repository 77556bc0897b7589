# METADATA
# title: Deprecated stdout workflow commands (::set-output, ::save-state)
# description: >-
#   `::set-output` and `::save-state` are read from everything a step prints, so any text the step
#   echoes — a file name, a commit message, a tool's output — can set or override outputs and state.
#   GitHub deprecated both in October 2022 in favour of the `$GITHUB_OUTPUT` and `$GITHUB_STATE`
#   files, which only the step's own writes reach, and warns on every run that uses them.
# related_resources:
#   - ref: https://github.blog/changelog/2022-10-11-github-actions-deprecating-save-state-and-set-output-commands/
# custom:
#   id: github-actions/deprecated-workflow-commands
#   severity: low
#   kinds: [github-workflow, github-action]
#   remediation: |
#     Append to the environment files instead.
#
#     Before:
#     ```yaml
#     run: echo "::set-output name=version::$VERSION"
#     ```
#     After:
#     ```yaml
#     run: echo "version=$VERSION" >> "$GITHUB_OUTPUT"
#     ```
#   tags: [security, github-actions]
#   frameworks:
#     owasp-cicd: [CICD-SEC-4]
package palisade.github_actions.deprecated_workflow_commands

import data.palisade.lib.github

violation contains v if {
	some s in github.steps
	is_string(s.step.run)
	some i, line in split(s.step.run, "\n")
	some m in regex.find_all_string_submatch_n(`::(set-output|save-state)\s`, line, 1)
	v := {
		"msg": sprintf("%s uses the deprecated ::%s command, which anything the step prints can forge; write to $%s instead", [s.label, m[1], {"set-output": "GITHUB_OUTPUT", "save-state": "GITHUB_STATE"}[m[1]]]),
		"path": github.script_route(array.concat(s.path, ["run"]), s.step.run, i),
	}
}
