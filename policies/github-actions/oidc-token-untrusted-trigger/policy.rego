# METADATA
# title: Cloud identity token (id-token write) in a workflow outsiders trigger
# description: >-
#   `id-token: write` lets a job mint OpenID Connect tokens that cloud providers exchange for
#   credentials (AWS roles, GCP service accounts, Azure identities, package registries). In a
#   workflow started by pull_request_target, issue_comment, workflow_run or another event an
#   outsider controls, any injection or checkout of their code can mint those tokens and act in
#   the cloud account (OWASP CI/CD Top 10 CICD-SEC-2, inadequate identity and access management;
#   GitHub's OIDC hardening guidance scopes trust to trusted refs and events).
# related_resources:
#   - ref: https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect
# custom:
#   id: github-actions/oidc-token-untrusted-trigger
#   severity: medium
#   confidence: medium
#   kinds: [github-workflow]
#   remediation: |
#     Request `id-token: write` only in workflows that run trusted code on trusted events (push
#     to protected branches, releases, environments with reviewers), and bind the cloud trust
#     policy to those refs.
#
#     Before:
#     ```yaml
#     on: pull_request_target
#     permissions:
#       id-token: write
#     ```
#     After:
#     ```yaml
#     on:
#       push:
#         branches: [main]
#     permissions:
#       id-token: write
#     ```
#   tags: [security, identity, github-actions]
#   frameworks:
#     owasp-cicd: [CICD-SEC-2]
package palisade.github_actions.oidc_token_untrusted_trigger

import data.palisade.lib.github

_grants(perms) if perms == "write-all"

_grants(perms) if perms["id-token"] == "write"

_grants_at contains ["permissions"] if _grants(input.permissions)

_grants_at contains ["jobs", id, "permissions"] if {
	some id, job in input.jobs
	_grants(job.permissions)
	not job.environment
}

violation contains v if {
	github.has_trigger(github.privileged_untrusted)
	some path in _grants_at
	trigger := concat(", ", sort([t | some t in github.triggers; t in github.privileged_untrusted]))
	v := {
		"msg": sprintf("id-token: write is granted in a workflow triggered by %s, which outsiders can start; their code or input could mint cloud credentials — request it only on trusted events or behind a protected environment", [trigger]),
		"path": path,
	}
}
