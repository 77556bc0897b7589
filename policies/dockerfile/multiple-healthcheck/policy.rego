# METADATA
# title: Stage has more than one HEALTHCHECK
# description: >-
#   Only the last HEALTHCHECK of a stage takes effect; the earlier ones are silently ignored. A
#   Dockerfile with several usually means a merge or copy-paste left one behind, and a reader
#   cannot tell which one the image really runs.
# related_resources:
#   - ref: https://docs.docker.com/reference/dockerfile/#healthcheck
# custom:
#   id: dockerfile/multiple-healthcheck
#   severity: low
#   kinds: [dockerfile]
#   remediation: |
#     Keep one HEALTHCHECK per stage (the one the image should use).
#
#     Before:
#     ```dockerfile
#     HEALTHCHECK CMD curl -fsS http://localhost:8080/health || exit 1
#     HEALTHCHECK CMD wget -q -O /dev/null http://localhost:8080/ready || exit 1
#     ```
#     After:
#     ```dockerfile
#     HEALTHCHECK CMD wget -q -O /dev/null http://localhost:8080/ready || exit 1
#     ```
#   tags: [correctness]
#   equivalents:
#     kics: [do_not_use_multiple_healthcheck]
package palisade.dockerfile.multiple_healthcheck

import data.palisade.lib.dockerfile

# Reported on the later HEALTHCHECK (the one that wins), in the stages the image is made of; a build
# stage's HEALTHCHECK never runs.
violation contains v if {
	some e in dockerfile.shipped_instructions
	e.ins.cmd == "healthcheck"
	some j, earlier in input.instructions
	j < e.i
	earlier.cmd == "healthcheck"
	earlier.stage == e.ins.stage
	v := {
		"msg": "this stage already has a HEALTHCHECK; only this last one takes effect and the earlier one is dead code; keep only one",
		"path": ["instructions", e.i],
	}
}
