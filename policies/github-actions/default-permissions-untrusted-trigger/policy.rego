# METADATA
# title: Workflow started by outsiders runs with the default token permissions
# description: >-
#   pull_request_target, workflow_run, issue and comment workflows run with the base repository's
#   token even when a stranger triggers them. Without a `permissions` block that token gets the
#   repository's default, read-write on almost every scope in many organizations and in every
#   repository created before February 2023, so one injection or untrusted checkout in such a
#   workflow can push code, publish releases or approve pull requests.
# related_resources:
#   - ref: https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token
# custom:
#   id: github-actions/default-permissions-untrusted-trigger
#   severity: high
#   kinds: [github-workflow]
#   remediation: |
#     Declare the least the workflow needs at the top; widen per job only where a step needs it.
#
#     Before:
#     ```yaml
#     on: pull_request_target
#     jobs:
#       label: …
#     ```
#     After:
#     ```yaml
#     on: pull_request_target
#     permissions:
#       contents: read
#     jobs:
#       label:
#         permissions:
#           pull-requests: write
#     ```
#   tags: [security, least-privilege, github-actions]
#   frameworks:
#     owasp-cicd: [CICD-SEC-5]
#   equivalents:
#     poutine: [default_permissions_on_risky_events]
#     codeql: [actions/missing-workflow-permissions]
#     zizmor: [excessive-permissions]
package palisade.github_actions.default_permissions_untrusted_trigger

import data.palisade.lib.github

violation contains v if {
	some j in github.default_token_jobs
	github.has_trigger(github.privileged_untrusted)
	triggers := concat(", ", sort([t | some t in github.triggers; t in github.privileged_untrusted]))
	v := {
		"msg": sprintf("job \"%s\" runs on %s, which outsiders can trigger, with the repository's default token permissions; add permissions: contents: read at the top (and widen per job)", [j.id, triggers]),
		"path": j.path,
	}
}
