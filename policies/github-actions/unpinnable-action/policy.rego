# METADATA
# title: Docker action runs an image that is not pinned by digest
# description: >-
#   Users pin an action by commit SHA so that the code they reviewed is the code that runs. A
#   Docker action whose `runs.image` is `docker://name:tag` defeats that: the tag is resolved at
#   every run, so whoever controls the image registry changes what every pinned user executes
#   (OWASP CI/CD Top 10 CICD-SEC-3; GitHub's security hardening guide on third-party actions).
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
