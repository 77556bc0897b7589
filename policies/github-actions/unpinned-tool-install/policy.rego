# METADATA
# title: Tool installed in a run script without a pinned version
# description: >-
#   `go install tool@latest`, `npm install -g tool`, `pip install tool` or `cargo install tool`
#   in a workflow fetch whatever the registry serves at that moment. A hijacked or typosquatted
#   release then runs in CI with the job's token and secrets, and two runs of the same commit can
#   build with different tools. Pinning the version (and, where the tool allows, a hash) makes the
#   build reproducible and the upgrade a reviewed change.
# related_resources:
#   - ref: https://owasp.org/www-project-top-10-ci-cd-security-risks/CICD-SEC-03-Dependency-Chain-Abuse
# custom:
#   id: github-actions/unpinned-tool-install
#   severity: low
#   kinds: [github-workflow, github-action]
#   confidence: medium
#   remediation: |
#     Pin the version of every tool a workflow installs (Dependabot and Renovate can update it).
#
#     Before:
#     ```yaml
#     - run: go install golang.org/x/vuln/cmd/govulncheck@latest
#     - run: npm install -g semantic-release
#     ```
#     After:
#     ```yaml
#     - run: go install golang.org/x/vuln/cmd/govulncheck@v1.1.4
#     - run: npm install -g semantic-release@24.2.3
#     ```
#   tags: [security, supply-chain, github-actions]
#   frameworks:
#     owasp-cicd: [CICD-SEC-3]
package palisade.github_actions.unpinned_tool_install

import data.palisade.lib.github

# `@latest` (or a branch) asks for whatever is newest: reported by default.
_latest := `\b(go install|go run|npx|pnpm dlx|bunx)\s+(-[^\s]+\s+)*@?[^\s@]+@(latest|main|master)\b`

# Global tool installs without any version: reported in the strict profile, since a lock file or
# constraints file elsewhere may pin them.
_unversioned := [
	`\bnpm (install|i) (-g|--global)\s+@?[a-z0-9][a-z0-9._/-]*(\s+@?[a-z0-9][a-z0-9._/-]*)*\s*$`,
	`\b(pipx install|uv tool install)\s+[A-Za-z0-9][A-Za-z0-9._-]*\s*$`,
	`\bcargo install\s+[a-z0-9][a-z0-9_-]*\s*$`,
	`\bgem install\s+[a-z0-9][a-z0-9_-]*\s*$`,
	`\bgo install\s+[^\s@]+\s*$`,
]

_found(line) := {"why": "@latest", "extra": {}} if regex.match(_latest, line)

_found(line) := {"why": "no version", "extra": {"profile": "strict", "confidence": "low"}} if {
	not regex.match(_latest, line)
	some p in _unversioned
	regex.match(p, line)
}

violation contains v if {
	some s in github.steps
	is_string(s.step.run)
	some i, line in split(s.step.run, "\n")
	f := _found(trim_space(regex.replace(line, `\s+#.*$`, "")))
	v := object.union(
		{
			"msg": sprintf("%s installs a tool with %s: %s; pin its version", [s.label, f.why, trim_space(line)]),
			"path": github.script_route(array.concat(s.path, ["run"]), s.step.run, i),
		},
		f.extra,
	)
}
