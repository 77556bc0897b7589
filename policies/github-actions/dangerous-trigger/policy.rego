# METADATA
# title: Workflow uses a privileged trigger for untrusted events
# description: >-
#   `pull_request_target` and `workflow_run` run in the base repository's context, with its
#   secrets and a token that can write, for events anyone can cause. They are almost never
#   needed and are at the root of most GitHub Actions compromises ("pwn requests"). Prefer
#   `pull_request`; when privilege is needed, keep the privileged part free of any untrusted code
#   or input.
# related_resources:
#   - ref: https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/
# custom:
#   id: github-actions/dangerous-trigger
#   severity: low
#   kinds: [github-workflow]
#   remediation: |
#     Use `pull_request` unless the workflow must label, comment or deploy previews; then never
#     check out or run the pull request's code in it.
#
#     Before:
#     ```yaml
#     on: pull_request_target
#     ```
#     After:
#     ```yaml
#     on: pull_request
#     ```
#   tags: [security, github-actions, pwn-request]
#   frameworks:
#     owasp-cicd: [CICD-SEC-4]
#   equivalents:
#     zizmor: [dangerous-triggers]
package palisade.github_actions.dangerous_trigger

import data.palisade.lib.github

_dangerous := {"pull_request_target", "workflow_run"}

violation contains v if {
	some t in github.triggers
	t in _dangerous
	v := {
		"msg": sprintf("the workflow runs on %s, which gives code and data from outsiders the repository's secrets and a write token; use pull_request, or keep untrusted code out of this workflow", [t]),
		"path": _trigger_path(t),
	}
}

_trigger_path(t) := ["on", t] if is_object(input.on)

_trigger_path(t) := ["on", min([i | some i, x in input.on; x == t])] if is_array(input.on)

_trigger_path(_) := ["on"] if is_string(input.on)
