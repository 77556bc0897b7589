# METADATA
# title: COPY --from names the stage it is in
# description: >-
#   `COPY --from=<name>` inside the stage called `<name>` refers to the stage being built, which
#   does not exist yet: the build fails, or the builder treats the name as an image and pulls an
#   unrelated one from a registry.
# related_resources:
#   - ref: https://docs.docker.com/build/building/multi-stage/
# custom:
#   id: dockerfile/copy-from-own-stage
#   severity: low
#   kinds: [dockerfile]
#   remediation: |
#     Copy from an earlier stage, or use a plain COPY from the build context.
#
#     Before:
#     ```dockerfile
#     FROM node:20.11 AS web
#     COPY --from=web /app/dist /srv
#     ```
#     After:
#     ```dockerfile
#     FROM node:20.11 AS web-build
#     RUN npm ci && npm run build
#     FROM nginx:1.27-alpine AS web
#     COPY --from=web-build /app/dist /srv
#     ```
#   tags: [correctness]
#   equivalents:
#     hadolint: [DL3023]
#     kics: [copy_from_references_current_from_alias]
package palisade.dockerfile.copy_from_own_stage

import data.palisade.lib.dockerfile

violation contains v if {
	some i, ins in input.instructions
	ins.cmd in {"copy", "add"}
	from := ins.flags.from
	name := input.stages[ins.stage].name
	is_string(name)
	lower(from) == lower(name)
	v := {
		"msg": sprintf("%s --from=%s refers to the stage it is in; copy from an earlier stage", [upper(ins.cmd), from]),
		"path": ["instructions", i],
	}
}
