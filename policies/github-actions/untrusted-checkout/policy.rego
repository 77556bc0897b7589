# METADATA
# title: Privileged workflow checks out untrusted pull request code
# description: >-
#   `pull_request_target` and `workflow_run` run with the base repository's secrets and a
#   writable token. Checking out the pull request's head there, then building or testing it,
#   runs the contributor's code — build scripts, test files, package hooks — with those secrets
#   ("pwn request").
# related_resources:
#   - ref: https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/
# custom:
#   id: github-actions/untrusted-checkout
#   severity: critical
#   kinds: [github-workflow]
#   remediation: |
#     Build untrusted code in a `pull_request` workflow (no secrets); pass results to a
#     privileged `workflow_run` workflow as artifacts that are treated as data, never executed.
#
#     Before:
#     ```yaml
#     on: pull_request_target
#     steps:
#       - uses: actions/checkout@v4
#         with:
#           ref: ${{ github.event.pull_request.head.sha }}
#       - run: npm ci && npm test
#     ```
#     After:
#     ```yaml
#     on: pull_request
#     steps:
#       - uses: actions/checkout@v4
#       - run: npm ci && npm test
#     ```
#   tags: [security, github-actions, pwn-request]
#   frameworks:
#     owasp-cicd: [CICD-SEC-4]
#   equivalents:
#     zizmor: [dangerous-triggers]
#     checkov: [CKV_GHA_3]
#     codeql: [actions/untrusted-checkout/critical, actions/untrusted-checkout/high, actions/untrusted-checkout/medium]
#     poutine: [untrusted_checkout_exec]
package palisade.github_actions.untrusted_checkout

import data.palisade.lib.github

_privileged := {"pull_request_target", "workflow_run"}

# References to the pull request's (or triggering run's) head, as written in `ref:`.
_head_ref := `github\.event\.pull_request\.head\.(sha|ref)|github\.head_ref|github\.event\.workflow_run\.head_(sha|branch)|github\.event\.number|github\.event\.pull_request\.number|refs/pull/`

violation contains v if {
	github.has_trigger(_privileged)
	some s in github.steps
	github.uses_action(s.step, "actions/checkout")
	ref := s.step["with"].ref
	is_string(ref)
	regex.match(_head_ref, ref)
	trigger := concat(", ", sort([t | some t in github.triggers; t in _privileged]))
	v := {
		"msg": sprintf("%s checks out untrusted pull request code (ref: %s) in a %s workflow that has secrets and a write token; build it in a pull_request workflow instead", [s.label, ref, trigger]),
		"path": array.concat(s.path, ["with", "ref"]),
	}
}
