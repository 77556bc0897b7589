# METADATA
# title: Job reads secrets without a protected environment
# description: >-
#   Repository and organisation secrets are handed to any job of any workflow on any branch that
#   asks for them; a deployment environment's secrets only to jobs that name the environment, after
#   its protection rules (required reviewers, branch restrictions, wait timers) pass. A job that
#   deploys or publishes with repository secrets can be run, or edited on a branch, by anyone with
#   write access, with no approval (OWASP CI/CD Top 10 CICD-SEC-1, insufficient flow control, and
#   CICD-SEC-6; GitHub's guidance on using environments for deployment).
# related_resources:
#   - ref: https://docs.github.com/en/actions/managing-workflow-runs-and-deployments/managing-deployments/managing-environments-for-deployment
# custom:
#   id: github-actions/secrets-outside-environment
#   severity: medium
#   profile: strict
#   confidence: low
#   kinds: [github-workflow]
#   remediation: |
#     Move the secrets into a deployment environment with protection rules and name it in the job.
#
#     Before:
#     ```yaml
#     deploy:
#       steps:
#         - run: ./deploy.sh
#           env:
#             TOKEN: ${{ secrets.DEPLOY_TOKEN }}
#     ```
#     After:
#     ```yaml
#     deploy:
#       environment: production
#       steps:
#         - run: ./deploy.sh
#           env:
#             TOKEN: ${{ secrets.DEPLOY_TOKEN }}
#     ```
#   tags: [security, secrets, github-actions]
#   frameworks:
#     owasp-cicd: [CICD-SEC-1, CICD-SEC-6]
#   equivalents:
#     zizmor: [secrets-outside-env]
package palisade.github_actions.secrets_outside_environment

import data.palisade.lib.github

# `secrets.NAME` other than the job's own token, which is not a stored secret.
_secret_names(text) := {m[1] |
	some e in github.expressions(text)
	some m in regex.find_all_string_submatch_n(`secrets\.([A-Za-z_][A-Za-z0-9_]*)`, github.normalise(e), -1)
	upper(m[1]) != "GITHUB_TOKEN"
}

violation contains v if {
	some j in github.jobs
	not j.job.environment
	names := {n | walk(j.job, [_, value]); is_string(value); some n in _secret_names(value)}
	count(names) > 0
	v := {
		"msg": sprintf("job \"%s\" reads %s without a deployment environment; any branch's workflow can use them with no approval — move them to a protected environment", [j.id, concat(", ", sort(names))]),
		"path": j.path,
	}
}
