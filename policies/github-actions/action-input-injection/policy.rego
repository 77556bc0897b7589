# METADATA
# title: Untrusted input passed to an action input that is a command, arguments or a URL
# description: >-
#   Some action inputs are not data: `args` and `options` become a tool's command line, `command`
#   and `run` are executed, `url`, `route` and `endpoint` choose where a request carrying the job's
#   token goes. An issue title, comment or branch name placed there adds options (`-Dsonar.host.url=`
#   sends the scanner's token to another server), commands or request targets chosen by an outsider
#   (OWASP CI/CD Top 10 CICD-SEC-4; CWE-88, CWE-918).
# related_resources:
#   - ref: https://securitylab.github.com/resources/github-actions-untrusted-input/
# custom:
#   id: github-actions/action-input-injection
#   severity: high
#   confidence: medium
#   kinds: [github-workflow, github-action]
#   remediation: |
#     Do not pass untrusted text to inputs that are interpreted; validate it first (a number, an
#     allow-list) in a step of its own, or pass only trusted values.
#
#     Before:
#     ```yaml
#     with:
#       args: -Dsonar.pullrequest.key=${{ github.event.pull_request.title }}
#     ```
#     After:
#     ```yaml
#     with:
#       args: -Dsonar.pullrequest.key=${{ github.event.pull_request.number }}
#     ```
#   tags: [security, injection, github-actions]
#   frameworks:
#     owasp-cicd: [CICD-SEC-4]
#   equivalents:
#     codeql: [actions/request-forgery, actions/secret-exfiltration]
package palisade.github_actions.action_input_injection

import data.palisade.lib.github

# Input names whose value an action executes, splits into options, or requests.
_interpreted := `(?i)^(args|arguments|extra[_-]?args|options|flags|cmd|command|commands|run|entrypoint|shell|route|url|endpoint|api[_-]?url|host)$`

violation contains v if {
	some s in github.steps
	is_string(s.step.uses)
	not github.uses_action(s.step, "actions/github-script")
	some name, value in object.get(s.step, "with", {})
	regex.match(_interpreted, name)
	is_string(value)
	found := github.tainted_expressions(s, value)
	count(found) > 0
	v := {
		"msg": sprintf("%s passes untrusted %s to its `%s` input, which the action interprets as a command, options or a request target", [s.label, concat(", ", found), name]),
		"path": array.concat(s.path, ["with", name]),
	}
}
