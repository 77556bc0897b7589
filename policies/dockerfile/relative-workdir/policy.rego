# METADATA
# title: WORKDIR uses a relative path
# description: >-
#   A relative WORKDIR is resolved against whatever the previous WORKDIR was, including one set
#   by the base image. When the base image changes, files silently land in a different directory
#   and COPY/RUN steps break or, worse, write where nobody expects.
# related_resources:
#   - ref: https://docs.docker.com/build/building/best-practices/#workdir
# custom:
#   id: dockerfile/relative-workdir
#   severity: low
#   kinds: [dockerfile]
#   remediation: |
#     Use an absolute path.
#
#     Before:
#     ```dockerfile
#     WORKDIR app
#     ```
#     After:
#     ```dockerfile
#     WORKDIR /app
#     ```
#   tags: [best-practice, reproducibility]
#   equivalents:
#     hadolint: [DL3000]
#     kics: [workdir_path_not_absolute]
package palisade.dockerfile.relative_workdir

import data.palisade.lib.dockerfile

# Absolute on Linux or Windows, or starting from a variable (only known at build time).
absolute(path) if regex.match(`^(/|\$|[A-Za-z]:[\\/]|\\)`, path)

violation contains v if {
	some i, ins in input.instructions
	ins.cmd == "workdir"
	path := trim(trim_space(dockerfile.text(ins)), `"'`)
	path != ""
	not absolute(path)
	v := {
		"msg": sprintf("WORKDIR %s is relative to the previous working directory; use an absolute path such as /%s", [path, trim_left(path, "./")]),
		"path": ["instructions", i],
	}
}
