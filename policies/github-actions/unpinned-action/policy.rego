# METADATA
# title: Action or reusable workflow not pinned to a commit SHA
# description: >-
#   Tags and branches are mutable: whoever controls the action's repository (or steals its
#   maintainer's token) can move `v4` to malicious code that then runs with your secrets, as in
#   the tj-actions/changed-files compromise of March 2025. A full 40-character commit SHA is the
#   only reference that cannot change.
# related_resources:
#   - ref: https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions
# custom:
#   id: github-actions/unpinned-action
#   severity: medium
#   kinds: [github-workflow, github-action]
#   remediation: |
#     Pin to the full commit SHA of the release, and keep the tag in a comment so that Dependabot
#     or Renovate can update it.
#
#     Before:
#     ```yaml
#     - uses: actions/setup-node@v4
#     ```
#     After:
#     ```yaml
#     - uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020 # v4.4.0
#     ```
#   tags: [security, supply-chain, github-actions]
#   frameworks:
#     owasp-cicd: [CICD-SEC-3]
#   equivalents:
#     zizmor: [unpinned-uses]
#     checkov: [CKV_GHA_7]
#     codeql: [actions/unpinned-tag]
package palisade.github_actions.unpinned_action

import data.palisade.lib.github

# GitHub's own organisations: their actions are maintained by the platform the workflow already
# trusts, and their tags are protected releases. A tag is reported only in the strict profile.
_github_owned := {"actions", "github", "octokit"}

_profile(u) := {"profile": "strict", "confidence": "medium"} if lower(u.owner) in _github_owned

_profile(u) := {} if not lower(u.owner) in _github_owned

violation contains v if {
	some s in github.steps
	is_string(s.step.uses)
	u := github.parse_uses(s.step.uses)
	u.kind == "repo"
	not github.is_sha(object.get(u, "ref", null))
	v := object.union(
		{
			"msg": sprintf("%s uses %s %s; pin it to a full 40-character commit SHA", [s.label, u.name, _ref(u)]),
			"path": array.concat(s.path, ["uses"]),
		},
		_profile(u),
	)
}

# Reusable workflows called by a job: usually the organisation's own shared workflows (the
# repository's own ones can also be written owner/repo/…, which a single file cannot tell from
# another repository's), so a tag or branch there is reported in the strict profile.
violation contains v if {
	some j in github.jobs
	is_string(j.job.uses)
	u := github.parse_uses(j.job.uses)
	u.kind == "repo"
	not github.is_sha(object.get(u, "ref", null))
	v := object.union(
		{
			"msg": sprintf("job \"%s\" calls reusable workflow %s %s; pin it to a full 40-character commit SHA", [j.id, u.name, _ref(u)]),
			"path": array.concat(j.path, ["uses"]),
		},
		{"profile": "strict", "confidence": "medium"},
	)
}

_ref(u) := sprintf("at the mutable ref \"%s\"", [u.ref]) if u.ref != ""

_ref(u) := "without any ref" if u.ref == ""
