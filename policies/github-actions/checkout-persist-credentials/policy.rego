# METADATA
# title: actions/checkout leaves the token in .git/config
# description: >-
#   By default actions/checkout writes the GITHUB_TOKEN into the repository's `.git/config`, where
#   every later step — and anything that uploads the workspace as an artifact — can read it.
#   Set `persist-credentials: false` unless a later step really pushes with git.
# related_resources:
#   - ref: https://github.com/actions/checkout#usage
# custom:
#   id: github-actions/checkout-persist-credentials
#   severity: low
#   kinds: [github-workflow, github-action]
#   remediation: |
#     Before:
#     ```yaml
#     - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
#     ```
#     After:
#     ```yaml
#     - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
#       with:
#         persist-credentials: false
#     ```
#   tags: [security, credentials, github-actions]
#   frameworks:
#     owasp-cicd: [CICD-SEC-6]
#   equivalents:
#     zizmor: [artipacked]
package palisade.github_actions.checkout_persist_credentials

import data.palisade.lib.github

violation contains v if {
	some s in github.steps
	github.uses_action(s.step, "actions/checkout")
	not _disabled(s.step)
	v := {
		"msg": sprintf("%s keeps the GITHUB_TOKEN in .git/config for every later step; add with: persist-credentials: false", [s.label]),
		"path": _where(s),
	}
}

_disabled(step) if step["with"]["persist-credentials"] in {false, "false"}

# The key when it is set (to true), else the nearest existing parent that should hold it.
_where(s) := array.concat(s.path, ["with", "persist-credentials"]) if {
	is_object(s.step["with"])
	"persist-credentials" in object.keys(s.step["with"])
}

_where(s) := array.concat(s.path, ["with"]) if {
	is_object(s.step["with"])
	not "persist-credentials" in object.keys(object.get(s.step, "with", {}))
}

_where(s) := s.path if not is_object(object.get(s.step, "with", null))
