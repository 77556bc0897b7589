# METADATA
# title: All secrets passed wholesale (toJSON(secrets) or secrets[…])
# description: >-
#   `toJSON(secrets)` serialises every secret the workflow can read, and `secrets[<expression>]`
#   picks one by a computed name, so neither says which secrets a step receives. Every secret of
#   the repository and organisation ends up in one step's environment or arguments, where one
#   compromised dependency or log line exposes them all, and reviewers cannot see what is used.
# related_resources:
#   - ref: https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions
# custom:
#   id: github-actions/secrets-wholesale
#   severity: high
#   kinds: [github-workflow, github-action]
#   remediation: |
#     Pass each secret a step needs by name.
#
#     Before:
#     ```yaml
#     env:
#       SECRETS: ${{ toJSON(secrets) }}
#       TOKEN: ${{ secrets[format('PAT_%s', matrix.env)] }}
#     ```
#     After:
#     ```yaml
#     env:
#       NPM_TOKEN: ${{ secrets.NPM_TOKEN }}
#       TOKEN: ${{ matrix.env == 'prod' && secrets.PAT_PROD || secrets.PAT_DEV }}
#     ```
#   tags: [security, secrets, github-actions]
#   frameworks:
#     owasp-cicd: [CICD-SEC-6]
#   equivalents:
#     codeql: [actions/excessive-secrets-exposure]
#     poutine: [job_all_secrets]
#     zizmor: [overprovisioned-secrets]
package palisade.github_actions.secrets_wholesale

import data.palisade.lib.github

# `toJSON(secrets)` in any spelling, and `secrets[...]` indexed by anything but a quoted name.
_wholesale := `[Tt][Oo][Jj][Ss][Oo][Nn]\(\s*secrets\s*\)|secrets\[\s*[^'"\s]`

violation contains v if {
	walk(input, [path, value])
	is_string(value)
	found := [e | some e in github.expressions(value); regex.match(_wholesale, e)]
	count(found) > 0
	some at in github.lines_with(value, found)
	v := {
		"msg": sprintf("%s exposes every secret at once; pass the secrets it needs by name", [concat(", ", at.found)]),
		"path": github.script_route(path, value, at.line),
	}
}
