# METADATA
# title: Action version with a published security advisory
# description: >-
#   The workflow pins an action release that a GitHub security advisory lists as vulnerable: path
#   traversal when extracting artifacts (actions/download-artifact 4.0.0–4.1.6, CVE-2024-42471),
#   command injection through file or branch names (tj-actions/changed-files before 41,
#   tj-actions/branch-names before 7.0.7), the March 2025 tj-actions/changed-files compromise that
#   printed secrets to logs (before 46.0.1, CVE-2025-30066), unmasked multi-line secrets
#   (hashicorp/vault-action before 2.2.0), and others. Known-vulnerable components are OWASP CI/CD
#   Top 10 CICD-SEC-3 (dependency chain abuse).
# related_resources:
#   - ref: https://github.com/advisories?query=ecosystem%3Aactions
# custom:
#   id: github-actions/known-vulnerable-action
#   severity: high
#   kinds: [github-workflow, github-action]
#   remediation: |
#     Upgrade to the fixed release named in the finding (pinned by commit SHA).
#
#     Before:
#     ```yaml
#     - uses: actions/download-artifact@v4.1.0
#     ```
#     After:
#     ```yaml
#     - uses: actions/download-artifact@fa0a91b85d4f404e444e00e005971372dc801d16 # v4.1.8
#     ```
#   tags: [security, supply-chain, github-actions]
#   frameworks:
#     owasp-cicd: [CICD-SEC-3]
#   equivalents:
#     codeql: [actions/vulnerable-action, actions/artifact-poisoning/path-traversal]
#     poutine: [known_vulnerability_in_build_component]
#     zizmor: [known-vulnerable-actions]
package palisade.github_actions.known_vulnerable_action

import data.palisade.lib.github

# Advisories for actions: the repository (any path inside it), the first affected and the first
# fixed version.
_advisories := [
	{"repo": "actions/download-artifact", "from": [4, 0, 0], "fixed": [4, 1, 7], "id": "GHSA-cxww-7g56-2vh6"},
	{"repo": "tj-actions/changed-files", "from": [0, 0, 0], "fixed": [41, 0, 0], "id": "GHSA-mcph-m25j-8j63"},
	{"repo": "tj-actions/changed-files", "from": [41, 0, 0], "fixed": [46, 0, 1], "id": "GHSA-mrrh-fwg8-r2c3"},
	{"repo": "tj-actions/branch-names", "from": [0, 0, 0], "fixed": [7, 0, 7], "id": "GHSA-8v8w-v8xg-79rf"},
	{"repo": "hashicorp/vault-action", "from": [0, 0, 0], "fixed": [2, 2, 0], "id": "GHSA-4mgv-m5cm-f9h7"},
	{"repo": "kartverket/github-workflows", "from": [0, 0, 0], "fixed": [2, 7, 5], "id": "GHSA-f9qj-7gh3-mhj4"},
	{"repo": "rlespinasse/github-slug-action", "from": [4, 0, 0], "fixed": [4, 4, 1], "id": "GHSA-6q4m-7476-932w"},
	{"repo": "check-spelling/check-spelling", "from": [0, 0, 0], "fixed": [0, 0, 22], "id": "GHSA-g86g-chm8-7r2p"},
	{"repo": "gradle/gradle-build-action", "from": [0, 0, 0], "fixed": [2, 4, 2], "id": "GHSA-h3qr-39j9-4r5v"},
]

# A release ref with at least a minor part (`v4.1.0`, `v2.2`): a bare major tag (`v4`) follows
# the latest release of that major and is not judged here.
_version(ref) := array.concat(nums, [0 | count(nums) == 2]) if {
	regex.match(`^v?[0-9]+\.[0-9]+(\.[0-9]+)?$`, ref)
	nums := [to_number(p) | some p in split(trim_left(ref, "v"), ".")]
}

# [route of `uses`, parsed uses, the release it runs (a SHA's version comes from its comment)].
_uses contains [path, u, github.uses_version(s.path, u)] if {
	some s in github.steps
	is_string(s.step.uses)
	path := array.concat(s.path, ["uses"])
	u := github.parse_uses(s.step.uses)
}

_uses contains [["jobs", id, "uses"], u, github.uses_version(["jobs", id], u)] if {
	some id, job in input.jobs
	is_string(job.uses)
	u := github.parse_uses(job.uses)
}

violation contains v if {
	some [path, u, ref] in _uses
	u.kind == "repo"
	some a in _advisories
	lower(u.repo) == a.repo
	version := _version(ref)
	version >= a.from
	version < a.fixed
	v := {
		"msg": sprintf("%s is affected by %s; upgrade to %s or later", [u.raw, a.id, concat(".", [format_int(n, 10) | some n in a.fixed])]),
		"path": path,
	}
}
