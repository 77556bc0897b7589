# METADATA
# title: Value derived from a secret is not masked in logs
# description: >-
#   The runner masks the exact text of each secret in logs. A field taken out of a JSON secret
#   (`fromJSON(secrets.AZURE_CREDENTIALS).clientSecret`) or any other value computed from one is a
#   different string, so it is printed in clear wherever it is echoed, traced with `set -x` or
#   shown in an error, and anyone who can read the run's logs — everyone, on a public repository —
#   can read it (OWASP CI/CD Top 10 CICD-SEC-6; CWE-312).
# related_resources:
#   - ref: https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions#redacting-secrets-from-workflow-run-logs
# custom:
#   id: github-actions/unmasked-derived-secret
#   severity: medium
#   kinds: [github-workflow, github-action]
#   remediation: |
#     Store each value as its own secret, or mask the derived value with `::add-mask::` before
#     anything can print it.
#
#     Before:
#     ```yaml
#     env:
#       CLIENT_SECRET: ${{ fromJSON(secrets.AZURE_CREDENTIALS).clientSecret }}
#     ```
#     After:
#     ```yaml
#     env:
#       CLIENT_SECRET: ${{ secrets.AZURE_CLIENT_SECRET }}
#     ```
#   tags: [security, secrets, github-actions]
#   frameworks:
#     owasp-cicd: [CICD-SEC-6]
#   equivalents:
#     codeql: [actions/unmasked-secret-exposure]
#     zizmor: [unredacted-secrets]
package palisade.github_actions.unmasked_derived_secret

import data.palisade.lib.github

_derived := `(?i)fromjson\(\s*secrets\.`

violation contains v if {
	walk(input, [path, value])
	is_string(value)
	found := [e | some e in github.expressions(value); regex.match(_derived, github.normalise(e))]
	count(found) > 0
	some at in github.lines_with(value, found)
	v := {
		"msg": sprintf("%s derives a value from a secret; the runner does not mask it in logs — store it as its own secret or mask it with ::add-mask::", [concat(", ", at.found)]),
		"path": github.script_route(path, value, at.line),
	}
}
