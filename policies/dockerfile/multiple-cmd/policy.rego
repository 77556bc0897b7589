# METADATA
# title: Stage has more than one CMD
# description: >-
#   Only the last CMD of a stage takes effect; the earlier ones are silently ignored. A
#   Dockerfile with several usually means a merge or copy-paste left one behind, and a reader
#   cannot tell which one the image really runs.
# related_resources:
#   - ref: https://docs.docker.com/reference/dockerfile/#cmd
# custom:
#   id: dockerfile/multiple-cmd
#   severity: low
#   kinds: [dockerfile]
#   remediation: |
#     Keep one CMD per stage (the one the image should use).
#
#     Before:
#     ```dockerfile
#     CMD ["node", "server.js"]
#     CMD ["node", "worker.js"]
#     ```
#     After:
#     ```dockerfile
#     CMD ["node", "worker.js"]
#     ```
#   tags: [correctness]
#   equivalents:
#     hadolint: [DL4003]
#     kics: [multiple_cmd_instructions_listed]
package palisade.dockerfile.multiple_cmd

import data.palisade.lib.dockerfile

# Reported on the later CMD (the one that wins), in the stages the image is made of; a build
# stage's CMD never runs.
violation contains v if {
	some e in dockerfile.shipped_instructions
	e.ins.cmd == "cmd"
	some j, earlier in input.instructions
	j < e.i
	earlier.cmd == "cmd"
	earlier.stage == e.ins.stage
	v := {
		"msg": "this stage already has a CMD; only this last one takes effect and the earlier one is dead code; keep only one",
		"path": ["instructions", e.i],
	}
}
