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
package palisade.github_actions.missing_permissions

import data.palisade.lib.github

# Reported on each job that gets the repository's default token: no permissions block at the top
# or on the job. A reusable workflow (only `workflow_call`) runs with its caller's token, and
# workflows outsiders can start are github-actions/default-permissions-untrusted-trigger's.
violation contains v if {
	some j in github.default_token_jobs
	not github.has_trigger(github.privileged_untrusted)
	v := {
		"msg": sprintf("job \"%s\" declares no permissions and the workflow none either, so it gets the repository's default token permissions; add permissions: contents: read at the top (and widen per job)", [j.id]),
		"path": j.path,
	}
}
