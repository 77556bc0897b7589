# METADATA
# title: Repository has no CODEOWNERS file
# description: >-
#   Without CODEOWNERS no one is automatically asked to review changes to sensitive paths
#   (workflows, infrastructure, policies), and branch protection cannot require an owner's
#   approval. Changes to security-relevant code can then be merged by anyone with write access.
# related_resources:
#   - ref: https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-code-owners
# custom:
#   id: repository/codeowners-missing
#   severity: low
#   kinds: [repository]
#   remediation: |
#     Add a CODEOWNERS file at the root, in `.github/` or in `docs/`, and enable "Require review
#     from Code Owners" in branch protection.
#
#     Example `.github/CODEOWNERS`:
#     ```text
#     *                   @acme/maintainers
#     /.github/workflows/ @acme/platform-security
#     /infra/             @acme/platform
#     ```
#   tags: [governance, supply-chain]
#   frameworks:
#     owasp-cicd: ["CICD-SEC-1"]
package palisade.repository.codeowners_missing

locations := {"CODEOWNERS", ".github/CODEOWNERS", "docs/CODEOWNERS"}

violation contains v if {
	is_array(input.files)
	not any_location
	v := {
		"msg": "the repository has no CODEOWNERS file (looked for CODEOWNERS, .github/CODEOWNERS and docs/CODEOWNERS); add one so changes get an owner's review",
		"path": ["files"],
	}
}

# A location is a path, compared as it is (git paths are case-sensitive): one lookup each in the
# list, not a walk of the list per check.
any_location if {
	some loc in locations
	loc in input.files
}
