# METADATA
# title: Job without timeout-minutes
# description: >-
#   A job without `timeout-minutes` runs for up to 6 hours on GitHub-hosted runners (and up to
#   5 days on self-hosted ones) when a test hangs, a prompt waits for input or a compromised
#   dependency mines cryptocurrency: billed minutes, a blocked runner and a blocked merge queue
#   (OWASP CI/CD Top 10 CICD-SEC-7, insecure system configuration; GitHub's usage limits).
# related_resources:
#   - ref: https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idtimeout-minutes
# custom:
#   id: github-actions/missing-job-timeout
#   severity: low
#   profile: strict
#   kinds: [github-workflow]
#   remediation: |
#     Give every job a timeout a little above its usual duration.
#
#     Before:
#     ```yaml
#     test:
#       runs-on: ubuntu-24.04
#     ```
#     After:
#     ```yaml
#     test:
#       runs-on: ubuntu-24.04
#       timeout-minutes: 20
#     ```
#   tags: [reliability, github-actions]
#   frameworks:
#     owasp-cicd: [CICD-SEC-7]
package palisade.github_actions.missing_job_timeout

import data.palisade.lib.github

violation contains v if {
	some j in github.jobs
	j.job["runs-on"]
	not j.job["timeout-minutes"]
	v := {
		"msg": sprintf("job \"%s\" has no timeout-minutes; a hung or hijacked run holds its runner for up to 6 hours", [j.id]),
		"path": array.concat(j.path, ["runs-on"]),
	}
}
