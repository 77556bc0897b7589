# METADATA
# title: Token permissions broader than the trigger warrants
# description: >-
#   `permissions: write-all` hands every step a token that can push to any branch, publish
#   releases and packages, and change workflows. Write scopes in a workflow that runs for pull
#   requests, comments or issues put that power within reach of code or text an outsider
#   controls. Grant write scopes only to the job that needs them, in workflows that only
#   maintainers trigger.
# related_resources:
#   - ref: https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#permissions
# custom:
#   id: github-actions/excessive-permissions
#   severity: high
#   kinds: [github-workflow]
#   remediation: |
#     List only the scopes needed, read where possible.
#
#     Before:
#     ```yaml
#     on: pull_request_target
#     permissions: write-all
#     ```
#     After:
#     ```yaml
#     on: pull_request_target
#     permissions:
#       contents: read
#       pull-requests: write
#     ```
#   tags: [security, least-privilege, github-actions]
#   frameworks:
#     owasp-cicd: [CICD-SEC-5]
#   equivalents:
#     zizmor: [excessive-permissions]
package palisade.github_actions.excessive_permissions

import data.palisade.lib.github

# Scopes whose write access changes code, releases, packages, deployments or identity.
_sensitive := {"actions", "contents", "deployments", "id-token", "packages", "pages", "security-events", "attestations"}

violation contains v if {
	some p in _permission_blocks
	p.value == "write-all"
	v := {
		"msg": sprintf("%s grants permissions: write-all; list only the scopes it needs", [p.owner]),
		"path": p.path,
	}
}

violation contains v if {
	github.has_trigger(github.untrusted)
	some p in _permission_blocks
	some scope, level in p.value
	level == "write"
	scope in _sensitive
	triggers := concat(", ", sort([t | some t in github.triggers; t in github.untrusted]))
	v := {
		"msg": sprintf("%s grants %s: write in a workflow triggered by %s, which outsiders can start; drop it or move that work to a maintainer-triggered workflow", [p.owner, scope, triggers]),
		"path": array.concat(p.path, [scope]),
	}
}

_permission_blocks contains {"owner": "the workflow", "value": input.permissions, "path": ["permissions"]} if input.permissions

_permission_blocks contains {"owner": sprintf("job \"%s\"", [j.id]), "value": j.job.permissions, "path": array.concat(j.path, ["permissions"])} if {
	some j in github.jobs
	j.job.permissions
}
