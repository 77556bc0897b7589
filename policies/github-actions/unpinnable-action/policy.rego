# METADATA
# title: Action runs an image or actions that are not pinned
# description: >-
#   Users pin an action by commit SHA so that the code they reviewed is the code that runs. A
#   Docker action whose `runs.image` is `docker://name:tag` defeats that: the tag is resolved at
#   every run, so whoever controls the image registry changes what every pinned user executes. A
#   composite action whose steps use other actions by tag or branch does the same through those
#   actions' repositories (OWASP CI/CD Top 10 CICD-SEC-3; GitHub's security hardening guide on
#   third-party actions).
# related_resources:
#   - ref: https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions
# custom:
#   id: github-actions/unpinnable-action
#   severity: medium
#   kinds: [github-action]
#   remediation: |
#     Reference the image by digest.
#
#     Before:
#     ```yaml
#     runs:
#       using: docker
#       image: docker://alpine:3.20
#     ```
#     After:
#     ```yaml
#     runs:
#       using: docker
#       image: docker://alpine:3.20@sha256:beefdbd8a1da6d2915566fde36db9db0b524eb737fc57cd1367effd16dc0d06d
#     ```
#   tags: [security, supply-chain, github-actions]
#   frameworks:
#     owasp-cicd: [CICD-SEC-3]
#   equivalents:
#     poutine: [unpinnable_action]
package palisade.github_actions.unpinnable_action

import data.palisade.lib.github

violation contains v if {
	input.runs.using == "docker"
	image := input.runs.image
	is_string(image)
	startswith(image, "docker://")
	not github.image_pinned(image)
	v := {
		"msg": sprintf("the action runs %s, resolved at every run; pin it by digest so that users who pin this action by SHA get the image they reviewed", [image]),
		"path": ["runs", "image"],
	}
}

# GitHub's own organisations tag protected releases (as in github-actions/unpinned-action): a
# composite action that only uses theirs by tag is reported in the strict profile.
_github_owned := {"actions", "github", "octokit"}

# Steps of a composite action that run another action by a ref that can move: [route, uses, owner].
_mutable contains [s.path, s.step.uses, lower(u.owner)] if {
	input.runs.using == "composite"
	some s in github.steps
	is_string(s.step.uses)
	u := github.parse_uses(s.step.uses)
	u.kind == "repo"
	not github.is_sha(u.ref)
}

_mutable contains [s.path, s.step.uses, ""] if {
	input.runs.using == "composite"
	some s in github.steps
	is_string(s.step.uses)
	u := github.parse_uses(s.step.uses)
	u.kind == "docker"
	not github.image_pinned(u.image)
}

# One finding per action, on its first such step: the fix is the action's, not one step's.
violation contains v if {
	refs := sort([[path, uses] | some [path, uses, _] in _mutable])
	count(refs) > 0
	v := object.union(
		{
			"msg": sprintf("the composite action runs %s by refs that can move; users who pin this action by SHA still run whatever those refs point at next — pin each to a full commit SHA (images by digest)", [concat(", ", [u | some [_, u] in refs])]),
			"path": array.concat(refs[0][0], ["uses"]),
		},
		_composite_profile,
	)
}

_composite_profile := {} if _other_owner

_composite_profile := {"profile": "strict", "confidence": "medium"} if not _other_owner

_other_owner if {
	some [_, _, owner] in _mutable
	not owner in _github_owned
}
