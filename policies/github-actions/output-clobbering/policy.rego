# METADATA
# title: Untrusted data written to step outputs in a form that can set other outputs (output clobbering)
# description: >-
#   `$GITHUB_OUTPUT` is a file of `name=value` lines, and the deprecated `::set-output` command is
#   read from anything the step prints. A value an outsider controls (an issue comment, a file from
#   a pull request's artifact) that contains a newline, or printed text that contains
#   `::set-output`, defines outputs of its own: later steps that trust an output such as a version
#   or a path then receive the attacker's value (OWASP CI/CD Top 10 CICD-SEC-4; GitHub's "Workflow
#   commands" documentation recommends the multi-line delimiter form for untrusted values).
# related_resources:
#   - ref: https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/workflow-commands-for-github-actions#multiline-strings
# custom:
#   id: github-actions/output-clobbering
#   severity: high
#   confidence: medium
#   kinds: [github-workflow, github-action]
#   remediation: |
#     Write untrusted values with a random delimiter, and stop printing them in steps that use
#     `::set-output` (move to `$GITHUB_OUTPUT`).
#
#     Before:
#     ```yaml
#     run: echo "body=$BODY" >> "$GITHUB_OUTPUT"
#     ```
#     After:
#     ```yaml
#     run: |
#       EOF_MARK=$(openssl rand -hex 16)
#       { echo "body<<$EOF_MARK"; printf '%s\n' "$BODY"; echo "$EOF_MARK"; } >> "$GITHUB_OUTPUT"
#     ```
#   tags: [security, injection, github-actions]
#   frameworks:
#     owasp-cicd: [CICD-SEC-4]
#   equivalents:
#     codeql: [actions/output-clobbering/high]
package palisade.github_actions.output_clobbering

import data.palisade.lib.github

# `name=value` written to $GITHUB_OUTPUT (the `name<<DELIMITER` form is the safe one).
_assigns_output(line) if {
	contains(line, "GITHUB_OUTPUT")
	regex.match(`["'\s][A-Za-z_][A-Za-z0-9_-]*=`, line)
}

_lines(s) := [{"i": i, "text": line} | some i, line in split(s.step.run, "\n")]

violation contains v if {
	some s in github.steps
	is_string(s.step.run)
	some l in _lines(s)
	_assigns_output(l.text)
	github.line_tainted(s, l.text)
	count(github.tainted_expressions(s, l.text)) == 0
	v := {
		"msg": sprintf("%s writes untrusted data to $GITHUB_OUTPUT as name=value; a newline in it defines other outputs — use the name<<DELIMITER form with a random delimiter", [s.label]),
		"path": github.script_route(array.concat(s.path, ["run"]), s.step.run, l.i),
	}
}

violation contains v if {
	some s in github.steps
	is_string(s.step.run)
	contains(s.step.run, "::set-output ")
	some l in _lines(s)
	not contains(l.text, "::set-output ")
	regex.match(`^\s*(echo|printf|cat|jq|head|tail)\b`, l.text)
	not contains(l.text, ">")
	github.line_tainted(s, l.text)
	v := {
		"msg": sprintf("%s prints untrusted data in a step that sets outputs with ::set-output; printed text containing ::set-output overrides them — write outputs to $GITHUB_OUTPUT and do not echo untrusted data", [s.label]),
		"path": github.script_route(array.concat(s.path, ["run"]), s.step.run, l.i),
	}
}
