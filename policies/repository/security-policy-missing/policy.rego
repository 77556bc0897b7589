# METADATA
# title: Repository has no security policy
# description: >-
#   A SECURITY.md tells researchers how to report a vulnerability privately. Without one,
#   reports arrive as public issues (disclosing the flaw before a fix exists) or not at all,
#   and GitHub cannot show a reporting channel on the repository's Security tab.
# related_resources:
#   - ref: https://docs.github.com/en/code-security/getting-started/adding-a-security-policy-to-your-repository
# custom:
#   id: repository/security-policy-missing
#   severity: low
#   kinds: [repository]
#   remediation: |
#     Add SECURITY.md (at the root, in `.github/` or in `docs/`) saying which versions are
#     supported and how to report a vulnerability privately.
#
#     Example:
#     ```markdown
#     # Security policy
#     Report vulnerabilities through GitHub's private vulnerability reporting
#     ("Report a vulnerability" on the Security tab) or to security@acme.example.
#     We answer within 3 working days.
#     ```
#   tags: [governance]
package palisade.repository.security_policy_missing

import data.palisade.lib.repository

# GitHub accepts any case for the file name.
locations := {"security.md", ".github/security.md", "docs/security.md"}

violation contains v if {
	is_array(input.files)
	count(locations & repository.shallow_files) == 0
	v := {
		"msg": "the repository has no SECURITY.md (looked at the root, .github/ and docs/); add one that explains how to report a vulnerability privately",
		"path": ["files"],
	}
}
