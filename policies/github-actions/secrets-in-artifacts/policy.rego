# METADATA
# title: Checkout with persisted credentials uploaded as an artifact
# description: >-
#   actions/checkout stores the job's token in `.git/config` unless `persist-credentials: false`.
#   An artifact that uploads the checked-out folder with its hidden files (actions/upload-artifact
#   before v4.4.0 always did; later versions with `include-hidden-files: true`) publishes that token
#   to everyone who can download the run's artifacts — anyone, on a public repository — while it is
#   still valid (OWASP CI/CD Top 10 CICD-SEC-6; Palo Alto Unit 42, "ArtiPACKED", 2024).
# related_resources:
#   - ref: https://unit42.paloaltonetworks.com/github-repo-artifacts-leak-tokens/
# custom:
#   id: github-actions/secrets-in-artifacts
#   severity: high
#   kinds: [github-workflow]
#   remediation: |
#     Check out with `persist-credentials: false`, upload only build outputs, and use
#     actions/upload-artifact v4.4.0 or later (hidden files excluded by default).
#
#     Before:
#     ```yaml
#     - uses: actions/checkout@v4
#     - uses: actions/upload-artifact@v3
#       with:
#         path: .
#     ```
#     After:
#     ```yaml
#     - uses: actions/checkout@v4
#       with:
#         persist-credentials: false
#     - uses: actions/upload-artifact@v4
#       with:
#         path: dist/
#     ```
#   tags: [security, secrets, github-actions]
#   frameworks:
#     owasp-cicd: [CICD-SEC-6]
#   equivalents:
#     codeql: [actions/secrets-in-artifacts]
#     zizmor: [artipacked]
package palisade.github_actions.secrets_in_artifacts

import data.palisade.lib.github

# Checkouts that keep the token in .git/config, with the folder they check out into.
_persisting contains [s.job, s.index, dir] if {
	some s in github.steps
	github.uses_action(s.step, "actions/checkout")
	not object.get(object.get(s.step, "with", {}), "persist-credentials", true) in {false, "false"}
	dir := trim(object.get(object.get(s.step, "with", {}), "path", "."), "./")
}

# Upload paths that contain that folder: the workspace itself, a glob at its top, or the folder.
_covers(path, "") if regex.match(`(?m)^\s*(\.|\./|\*|\./\*|\*\*|\*\*/\*|\$\{\{\s*github\.workspace\s*\}\}/?)\s*$`, path)

_covers(path, dir) if {
	dir != ""
	regex.match(sprintf(`(?m)^\s*(\./)?%s(/|/\*|/\*\*)?\s*$`, [regex.replace(dir, `([.\\+*?()|\[\]{}^$])`, `\$1`)]), path)
}

# Uploads that include hidden files: releases before v4.4.0, or the option set.
# A SHA counts by the release its comment names (`@<sha> # v4.3.2`).
_hidden(s) if object.get(s.step, "with", {})["include-hidden-files"] in {true, "true"}

_hidden(s) if {
	ref := github.uses_version(s.path, github.parse_uses(s.step.uses))
	regex.match(`^v?([123](\.\d+)*|4\.[0-3](\.\d+)*)$`, ref)
}

violation contains v if {
	some s in github.steps
	github.uses_action(s.step, "actions/upload-artifact")
	_hidden(s)
	path := s.step["with"].path
	is_string(path)
	some [job, index, dir] in _persisting
	job == s.job
	index < s.index
	_covers(path, dir)
	v := {
		"msg": sprintf("%s uploads the checked-out folder with its hidden files, including .git/config and the token actions/checkout persisted there; set persist-credentials: false and upload only build outputs", [s.label]),
		"path": s.path,
	}
}
