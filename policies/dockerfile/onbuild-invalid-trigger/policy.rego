# METADATA
# title: ONBUILD triggers FROM, MAINTAINER or ONBUILD
# description: >-
#   Docker refuses ONBUILD triggers of FROM, MAINTAINER and ONBUILD: every image built FROM this
#   one fails at its first instruction, far from the Dockerfile that caused it.
# related_resources:
#   - ref: https://docs.docker.com/reference/dockerfile/#onbuild
# custom:
#   id: dockerfile/onbuild-invalid-trigger
#   severity: medium
#   kinds: [dockerfile]
#   remediation: |
#     Remove the trigger (put a FROM in the downstream Dockerfile itself; use LABEL instead of MAINTAINER).
#
#     Before:
#     ```dockerfile
#     ONBUILD FROM alpine:3.20
#     ```
#     After:
#     ```dockerfile
#     ONBUILD COPY . /app/src
#     ```
#   tags: [correctness]
#   equivalents:
#     kics: [from_or_maintainer_cannot_be_triggered_within_onbuild]
package palisade.dockerfile.onbuild_invalid_trigger

import data.palisade.lib.dockerfile

violation contains v if {
	some i, ins in input.instructions
	ins.cmd == "onbuild"
	trigger := lower(dockerfile.words(ins)[0])
	trigger in {"from", "maintainer", "onbuild"}
	v := {
		"msg": sprintf("ONBUILD cannot trigger %s: every image built from this one fails; remove it", [upper(trigger)]),
		"path": ["instructions", i],
	}
}
