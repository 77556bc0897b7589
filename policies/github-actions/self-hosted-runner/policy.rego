# METADATA
# title: Self-hosted runner used for untrusted triggers
# description: >-
#   Jobs that run for pull requests, comments or issues execute outsiders' code or input. On a
#   self-hosted runner that code can persist on the machine, read other jobs' secrets and caches,
#   and reach the internal network. Use GitHub-hosted (or ephemeral, isolated) runners for them.
# related_resources:
#   - ref: https://docs.github.com/en/actions/hosting-your-own-runners/managing-self-hosted-runners/about-self-hosted-runners#self-hosted-runner-security
# custom:
#   id: github-actions/self-hosted-runner
#   severity: high
#   kinds: [github-workflow]
#   remediation: |
#     Run jobs triggered by untrusted events on GitHub-hosted runners.
#
#     Before:
#     ```yaml
#     on: pull_request
#     jobs:
#       test:
#         runs-on: [self-hosted, linux]
#     ```
#     After:
#     ```yaml
#     on: pull_request
#     jobs:
#       test:
#         runs-on: ubuntu-24.04
#     ```
#   tags: [security, github-actions, runners]
#   frameworks:
#     owasp-cicd: [CICD-SEC-7]
#   equivalents:
#     zizmor: [self-hosted-runner]
#     codeql: [actions/pr-on-self-hosted-runner]
#     poutine: [pr_runs_on_self_hosted]
package palisade.github_actions.self_hosted_runner

import data.palisade.lib.github

_triggers := {"pull_request", "pull_request_target", "issue_comment", "pull_request_review", "pull_request_review_comment", "discussion_comment", "issues"}

violation contains v if {
	github.has_trigger(_triggers)
	some j in github.jobs
	some path in _self_hosted(j)
	triggers := concat(", ", sort([t | some t in github.triggers; t in _triggers]))
	v := {
		"msg": sprintf("job \"%s\" runs on a self-hosted runner in a workflow triggered by %s; use a GitHub-hosted or ephemeral runner", [j.id, triggers]),
		"path": path,
	}
}

_self_hosted(j) := [array.concat(j.path, ["runs-on"])] if j.job["runs-on"] == "self-hosted"

_self_hosted(j) := [array.concat(j.path, ["runs-on", k]) | some k, label in j.job["runs-on"]; label == "self-hosted"] if is_array(j.job["runs-on"])

_self_hosted(j) := [array.concat(j.path, ["runs-on", "labels", k]) | some k, label in j.job["runs-on"].labels; label == "self-hosted"] if is_object(j.job["runs-on"])
