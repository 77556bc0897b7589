# METADATA
# title: Stage has more than one ENTRYPOINT
# description: >-
#   Only the last ENTRYPOINT of a stage takes effect; the earlier ones are silently ignored. A
#   Dockerfile with several usually means a merge or copy-paste left one behind, and a reader
#   cannot tell which one the image really runs.
# related_resources:
#   - ref: https://docs.docker.com/reference/dockerfile/#entrypoint
# custom:
#   id: dockerfile/multiple-entrypoint
#   severity: low
#   kinds: [dockerfile]
#   remediation: |
#     Keep one ENTRYPOINT per stage (the one the image should use).
#
#     Before:
#     ```dockerfile
#     ENTRYPOINT ["/usr/bin/tini", "--"]
#     ENTRYPOINT ["/docker-entrypoint.sh"]
#     ```
#     After:
#     ```dockerfile
#     ENTRYPOINT ["/docker-entrypoint.sh"]
#     ```
#   tags: [correctness]
#   equivalents:
#     hadolint: [DL4004]
#     kics: [multiple_entrypoint_instructions_listed]
package palisade.dockerfile.multiple_entrypoint

import data.palisade.lib.dockerfile

# Reported on the later ENTRYPOINT (the one that wins), in the stages the image is made of; a build
# stage's ENTRYPOINT never runs.
violation contains v if {
	some e in dockerfile.shipped_instructions
	e.ins.cmd == "entrypoint"
	some j, earlier in input.instructions
	j < e.i
	earlier.cmd == "entrypoint"
	earlier.stage == e.ins.stage
	v := {
		"msg": "this stage already has a ENTRYPOINT; only this last one takes effect and the earlier one is dead code; keep only one",
		"path": ["instructions", e.i],
	}
}
