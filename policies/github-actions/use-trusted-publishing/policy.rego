# METADATA
# title: Package published with a long-lived token where trusted publishing exists
# description: >-
#   PyPI, npm, RubyGems and crates.io accept short-lived credentials minted from the workflow's
#   OIDC identity ("trusted publishing"), bound to one repository and workflow. A stored API token
#   instead works from anywhere until someone revokes it: leaked from a log, a cache or a
#   compromised step, it publishes malicious releases long after the run (OWASP CI/CD Top 10
#   CICD-SEC-6; OpenSSF "Trusted Publishers for All Package Repositories").
# related_resources:
#   - ref: https://docs.pypi.org/trusted-publishers/
#   - ref: https://docs.npmjs.com/trusted-publishers
# custom:
#   id: github-actions/use-trusted-publishing
#   severity: low
#   profile: strict
#   kinds: [github-workflow, github-action]
#   remediation: |
#     Configure the registry to trust this workflow, grant `id-token: write` to the publishing
#     job and drop the token.
#
#     Before:
#     ```yaml
#     - uses: pypa/gh-action-pypi-publish@release/v1
#       with:
#         password: ${{ secrets.PYPI_TOKEN }}
#     ```
#     After:
#     ```yaml
#     permissions:
#       id-token: write
#     steps:
#       - uses: pypa/gh-action-pypi-publish@release/v1
#     ```
#   tags: [security, supply-chain, secrets, github-actions]
#   frameworks:
#     owasp-cicd: [CICD-SEC-6]
#   equivalents:
#     zizmor: [use-trusted-publishing]
package palisade.github_actions.use_trusted_publishing

import data.palisade.lib.github

violation contains v if {
	some s in github.steps
	github.uses_action(s.step, "pypa/gh-action-pypi-publish")
	is_string(s.step["with"].password)
	v := {
		"msg": sprintf("%s publishes to PyPI with a stored token; use trusted publishing (id-token: write) instead", [s.label]),
		"path": array.concat(s.path, ["with", "password"]),
	}
}

# Publishing commands given a registry token through the step's environment.
_publish := {
	"npm": [`\b(npm|pnpm|yarn)\s+(publish|npm\s+publish)\b`, `^(NODE_AUTH_TOKEN|NPM_TOKEN)$`],
	"PyPI": [`\b(twine\s+upload|uv\s+publish|poetry\s+publish|flit\s+publish|hatch\s+publish)\b`, `^(TWINE_PASSWORD|UV_PUBLISH_TOKEN|POETRY_PYPI_TOKEN_PYPI|FLIT_PASSWORD|HATCH_INDEX_AUTH)$`],
	"RubyGems": [`\bgem\s+push\b`, `^GEM_HOST_API_KEY$`],
	"crates.io": [`\bcargo\s+publish\b`, `^CARGO_REGISTRY_TOKEN$`],
}

violation contains v if {
	some s in github.steps
	is_string(s.step.run)
	some registry, [command, variable] in _publish
	regex.match(command, s.step.run)
	some name, value in object.get(s.step, "env", {})
	regex.match(variable, name)
	is_string(value)
	contains(value, "secrets.")
	v := {
		"msg": sprintf("%s publishes to %s with a stored token (%s); use the registry's trusted publishing (id-token: write) instead", [s.label, registry, name]),
		"path": array.concat(s.path, ["env", name]),
	}
}
