# METADATA
# title: COPY --from refers to a build stage by number
# description: >-
#   `COPY --from=0` names a stage by its position. Adding or reordering a stage silently makes
#   it copy from a different one; a stage name keeps working.
# related_resources:
#   - ref: https://docs.docker.com/build/building/multi-stage/#name-your-build-stages
# custom:
#   id: dockerfile/copy-from-stage-number
#   severity: low
#   profile: strict
#   kinds: [dockerfile]
#   remediation: |
#     Name the stage and copy from the name.
#
#     Before:
#     ```dockerfile
#     FROM golang:1.22
#     RUN go build -o /out/app .
#     FROM gcr.io/distroless/static-debian12
#     COPY --from=0 /out/app /app
#     ```
#     After:
#     ```dockerfile
#     FROM golang:1.22 AS build
#     RUN go build -o /out/app .
#     FROM gcr.io/distroless/static-debian12
#     COPY --from=build /out/app /app
#     ```
#   tags: [maintainability]
#   equivalents:
#     kics: [using_unnamed_build_stages]
package palisade.dockerfile.copy_from_stage_number

import data.palisade.lib.dockerfile

violation contains v if {
	some i, ins in input.instructions
	ins.cmd in {"copy", "add"}
	regex.match(`^[0-9]+$`, ins.flags.from)
	v := {
		"msg": sprintf("%s --from=%s picks a stage by position; name the stage (FROM … AS name) and copy from the name", [upper(ins.cmd), ins.flags.from]),
		"path": ["instructions", i],
	}
}
