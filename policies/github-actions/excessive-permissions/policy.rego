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

# Write scopes in a workflow outsiders start with the base repository's token (pull_request_target,
# workflow_run, comments …). Plain `pull_request` is not one: a fork's pull request gets a
# read-only token and no secrets, and a branch pull request comes from someone with write access.
# A scope the job's own steps need (inferred from the actions and commands it runs), or a job
# whose `if:` keeps outsiders' events away, is reported only in the strict profile.
violation contains v if {
	github.has_trigger(github.privileged_untrusted)
	some p in _permission_blocks
	is_object(p.value)
	some scope, level in p.value
	level == "write"
	scope in _sensitive
	triggers := concat(", ", sort([t | some t in github.triggers; t in github.privileged_untrusted]))
	v := object.union(
		{
			"msg": sprintf("%s grants %s: write in a workflow triggered by %s, which outsiders can start%s; drop it or move that work to a maintainer-triggered workflow", [p.owner, scope, triggers, _why_strict(p, scope)]),
			"path": array.concat(p.path, [scope]),
		},
		_profile(p, scope),
	)
}

_profile(p, scope) := {"profile": "strict", "confidence": "low"} if _excused(p, scope)

_profile(p, scope) := {} if not _excused(p, scope)

_why_strict(p, scope) := " (its steps appear to need it)" if _needed(p, scope)

_why_strict(p, scope) := " (behind an if: that keeps outsiders' events away)" if {
	not _needed(p, scope)
	_guarded(p)
}

_why_strict(p, scope) := "" if not _excused(p, scope)

_excused(p, scope) if _needed(p, scope)

_excused(p, _) if _guarded(p)

# Which scopes an action or a command needs, by what it does: uploading code-scanning results,
# exchanging an OIDC token, publishing packages, pushing commits or releases, deploying Pages.
_action_needs := {
	"security-events": {"github/codeql-action", "zizmorcore/zizmor-action", "ossf/scorecard-action", "aquasecurity/trivy-action", "anchore/scan-action", "snyk/actions"},
	"id-token": {"aws-actions/configure-aws-credentials", "google-github-actions/auth", "azure/login", "Azure/login", "sigstore/cosign-installer", "actions/attest-build-provenance", "actions/attest", "actions/attest-sbom", "pypa/gh-action-pypi-publish", "hashicorp/vault-action", "actions/deploy-pages", "slsa-framework/slsa-github-generator", "octo-sts/action", "rubygems/release-gem"},
	"attestations": {"actions/attest-build-provenance", "actions/attest", "actions/attest-sbom"},
	"packages": {"docker/login-action", "docker/build-push-action", "redhat-actions/push-to-registry"},
	"contents": {"softprops/action-gh-release", "ncipollo/release-action", "peter-evans/create-pull-request", "stefanzweifel/git-auto-commit-action", "EndBug/add-and-commit", "googleapis/release-please-action", "changesets/action", "actions/create-release", "goreleaser/goreleaser-action"},
	"pages": {"actions/deploy-pages"},
	"deployments": {"chrnorm/deployment-action", "bobheadxi/deployments"},
	"actions": {"actions/cache", "dawidd6/action-download-artifact"},
}

_command_needs := {
	"id-token": `ACTIONS_ID_TOKEN_REQUEST|cosign (sign|attest)|gcloud auth|--oidc`,
	"packages": `(docker|podman) push|ghcr\.io|npm publish`,
	"contents": `git push|gh release|gh pr (create|merge)`,
	"actions": `gh (run|workflow|cache)`,
}

# The jobs a permission block covers: its own job, or every job for the workflow's block.
_jobs_of(p) := [input.jobs[p.job]] if p.job != ""

_jobs_of(p) := [j.job | some j in github.jobs] if p.job == ""

_needed(p, scope) if {
	some job in _jobs_of(p)
	some step in object.get(job, "steps", [])
	is_string(step.uses)
	u := github.parse_uses(step.uses)
	some prefix in _action_needs[scope]
	_owner_repo(u.name) == prefix
}

_needed(p, scope) if {
	some job in _jobs_of(p)
	some step in object.get(job, "steps", [])
	is_string(step.run)
	regex.match(_command_needs[scope], step.run)
}

# A reusable workflow gets the calling job's token: what it needs cannot be seen from here.
_needed(p, _) if {
	some job in _jobs_of(p)
	is_string(job.uses)
}

_owner_repo(name) := concat("/", array.slice(split(name, "/"), 0, 2))

# `if:` conditions that outsiders' events cannot satisfy: a trusted event, a tag or branch ref, or
# a pull request from the repository itself.
_trusted_guard := `github\.event_name\s*==\s*'(push|schedule|workflow_dispatch|release|merge_group)'|github\.ref\s*==|startsWith\(\s*github\.ref\s*,|head\.repo\.full_name\s*==\s*github\.repository|github\.repository\s*==\s*github\.event\.pull_request\.head\.repo\.full_name|head\.repo\.fork\s*==\s*false|!\s*github\.event\.pull_request\.head\.repo\.fork`

_guarded(p) if {
	p.job != ""
	cond := input.jobs[p.job]["if"]
	is_string(cond)
	regex.match(_trusted_guard, cond)
}

_permission_blocks contains {"owner": "the workflow", "job": "", "value": input.permissions, "path": ["permissions"]} if input.permissions

_permission_blocks contains {"owner": sprintf("job \"%s\"", [j.id]), "job": j.id, "value": j.job.permissions, "path": array.concat(j.path, ["permissions"])} if {
	some j in github.jobs
	j.job.permissions
}
