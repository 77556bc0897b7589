# METADATA
# title: COPY of several sources to a destination without a trailing slash
# description: >-
#   With more than one source, COPY and ADD need a directory destination written with a trailing
#   `/`; otherwise the build fails ("When using COPY with more than one source file, the
#   destination must be a directory and end with a /").
# related_resources:
#   - ref: https://docs.docker.com/reference/dockerfile/#copy
# custom:
#   id: dockerfile/copy-multiple-sources-file-destination
#   severity: low
#   kinds: [dockerfile]
#   remediation: |
#     End the destination with `/`.
#
#     Before:
#     ```dockerfile
#     COPY package.json package-lock.json /app
#     ```
#     After:
#     ```dockerfile
#     COPY package.json package-lock.json /app/
#     ```
#   tags: [correctness]
#   equivalents:
#     hadolint: [DL3021]
#     kics: [copy_with_more_than_two_arguments_not_ending_with_slash]
package palisade.dockerfile.copy_multiple_sources_file_destination

import data.palisade.lib.dockerfile

violation contains v if {
	some i, ins in input.instructions
	ins.cmd in {"copy", "add"}
	count(ins.heredocs) == 0
	ws := dockerfile.words(ins)
	count(ws) > 2
	dest := ws[count(ws) - 1]
	not endswith(dest, "/")
	not dockerfile.variable(dest)
	v := {
		"msg": sprintf("%s has %d sources but its destination %q does not end with /; the build fails", [upper(ins.cmd), count(ws) - 1, dest]),
		"path": ["instructions", i],
	}
}
