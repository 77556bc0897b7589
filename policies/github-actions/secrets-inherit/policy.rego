# METADATA
# title: Reusable workflow called with secrets inherit
# description: >-
#   `secrets: inherit` passes every secret the caller can see — deploy keys, cloud credentials,
#   publishing tokens — to the called workflow, whatever it needs. Passing secrets by name keeps
#   each workflow's reach explicit and limits what a compromised or changed callee can take.
# related_resources:
#   - ref: https://docs.github.com/en/actions/sharing-automations/reusing-workflows#passing-inputs-and-secrets-to-a-reusable-workflow
# custom:
#   id: github-actions/secrets-inherit
#   severity: medium
#   kinds: [github-workflow]
#   remediation: |
#     Pass only the secrets the reusable workflow declares.
#
#     Before:
#     ```yaml
#     deploy:
#       uses: acme/platform/.github/workflows/deploy.yml@2f1c3e8a9b7d6c5e4f3a2b1c0d9e8f7a6b5c4d3e
#       secrets: inherit
#     ```
#     After:
#     ```yaml
#     deploy:
#       uses: acme/platform/.github/workflows/deploy.yml@2f1c3e8a9b7d6c5e4f3a2b1c0d9e8f7a6b5c4d3e
#       secrets:
#         DEPLOY_TOKEN: ${{ secrets.DEPLOY_TOKEN }}
#     ```
#   tags: [security, credentials, github-actions]
#   frameworks:
#     owasp-cicd: [CICD-SEC-6]
#   equivalents:
#     zizmor: [secrets-inherit]
package palisade.github_actions.secrets_inherit

import data.palisade.lib.github

violation contains v if {
	some j in github.jobs
	j.job.secrets == "inherit"
	v := {
		"msg": sprintf("job \"%s\" passes all of the caller's secrets to %s (secrets: inherit); pass only the secrets it needs, by name", [j.id, _callee(j.job)]),
		"path": array.concat(j.path, ["secrets"]),
	}
}

_callee(job) := job.uses if is_string(job.uses)

_callee(job) := "the reusable workflow" if not is_string(object.get(job, "uses", null))
