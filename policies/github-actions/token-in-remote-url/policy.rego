# METADATA
# title: Token embedded in a git remote URL
# description: >-
#   `git clone https://x-access-token:${{ secrets.TOKEN }}@github.com/…` and `git remote set-url`
#   with a token write the credential into `.git/config` in clear, where every later step, every
#   action and any artifact or cache that includes the checkout can read it, and it shows in the
#   process list while git runs (OWASP CI/CD Top 10 CICD-SEC-6; the "ArtiPACKED" research on
#   tokens leaked through uploaded `.git` folders).
# related_resources:
#   - ref: https://unit42.paloaltonetworks.com/github-repo-artifacts-leak-tokens/
# custom:
#   id: github-actions/token-in-remote-url
#   severity: medium
#   profile: strict
#   kinds: [github-workflow, github-action]
#   remediation: |
#     Let actions/checkout (or `gh auth setup-git`) provide credentials through a helper, or pass
#     the token in a header for the one command that needs it.
#
#     Before:
#     ```yaml
#     run: git remote set-url origin https://x-access-token:${{ secrets.BOT_TOKEN }}@github.com/org/repo
#     ```
#     After:
#     ```yaml
#     run: gh auth setup-git && git push origin HEAD
#     env:
#       GH_TOKEN: ${{ secrets.BOT_TOKEN }}
#     ```
#   tags: [security, secrets, github-actions]
#   frameworks:
#     owasp-cicd: [CICD-SEC-6]
package palisade.github_actions.token_in_remote_url

import data.palisade.lib.github

# A URL with credentials that come from a secret, the job's token or a variable holding one.
_credential_url := `https?://[^\s/'"@]*(\$\{\{[^}]*(secrets\.|github\.token)[^}]*\}\}|\$\{?[A-Za-z_]*(TOKEN|PAT|PASSWORD)[A-Za-z_]*\}?)[^\s/'"@]*@`

violation contains v if {
	some s in github.steps
	is_string(s.step.run)
	some i, line in split(s.step.run, "\n")
	regex.match(`\bgit\b`, line)
	regex.match(_credential_url, line)
	v := {
		"msg": sprintf("%s puts a token into a git remote URL; it is stored in .git/config where later steps and uploaded artifacts can read it — use a credential helper instead", [s.label]),
		"path": github.script_route(array.concat(s.path, ["run"]), s.step.run, i),
	}
}
