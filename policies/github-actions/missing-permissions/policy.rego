# METADATA
# title: Workflow does not declare token permissions
# description: >-
#   Without a `permissions` block the GITHUB_TOKEN gets the repository's default, which in many
#   organizations (and every repository created before February 2023) is read-write on almost
#   every scope. Any compromised step then can push code, publish packages or approve pull
#   requests. Declaring permissions makes the token least-privilege and the intent reviewable.
# related_resources:
#   - ref: https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token
# custom:
#   id: github-actions/missing-permissions
#   severity: medium
#   kinds: [github-workflow]
#   remediation: |
#     Add a top-level `permissions` block with the least the workflow needs (jobs can widen it).
#
#     Before:
#     ```yaml
#     on: [push]
#     jobs:
#       test: …
#     ```
#     After:
#     ```yaml
#     on: [push]
#     permissions:
#       contents: read
#     jobs:
#       test: …
#     ```
#   tags: [security, least-privilege, github-actions]
#   frameworks:
#     owasp-cicd: [CICD-SEC-5]
#   equivalents:
#     zizmor: [excessive-permissions]
#     checkov: [CKV2_GHA_1]
#     codeql: [actions/missing-workflow-permissions]
#     poutine: [default_permissions_on_risky_events]
package palisade.github_actions.missing_permissions

import data.palisade.lib.github

# Reported once, on the workflow, when neither the workflow nor every job says what it needs.
violation contains v if {
	is_object(input.jobs)
	not "permissions" in object.keys(input)
	silent := sort([j.id | some j in github.jobs; not "permissions" in object.keys(j.job)])
	count(silent) > 0
	v := {
		"msg": sprintf("the workflow has no top-level permissions block, so job(s) %s get the repository's default token permissions; add permissions: contents: read (and widen per job)", [concat(", ", silent)]),
		"path": [],
	}
}
