# METADATA
# title: Two build stages have the same name
# description: >-
#   Stage names must be unique: BuildKit rejects a Dockerfile with two `FROM … AS name` of the
#   same name, and older builders silently resolve `COPY --from=name` to one of them, so
#   artefacts come from the wrong stage. Every stage of the clashing name is reported.
# related_resources:
#   - ref: https://docs.docker.com/build/building/multi-stage/#name-your-build-stages
# custom:
#   id: dockerfile/duplicate-stage-name
#   severity: low
#   kinds: [dockerfile]
#   remediation: |
#     Give every stage its own name.
#
#     Before:
#     ```dockerfile
#     FROM golang:1.22 AS build
#     FROM node:20.11 AS build
#     ```
#     After:
#     ```dockerfile
#     FROM golang:1.22 AS build-api
#     FROM node:20.11 AS build-web
#     ```
#   tags: [correctness]
#   equivalents:
#     hadolint: [DL3024]
#     kics: [same_alias_in_different_froms]
package palisade.dockerfile.duplicate_stage_name

import data.palisade.lib.dockerfile

# Every stage of a clashing name is reported: which one a `COPY --from` or `FROM` reference
# means depends on the builder (BuildKit refuses the file), so each FROM line is part of the
# problem and renaming any of them is the fix.
violation contains v if {
	some s in input.stages
	is_string(s.name)
	others := [t.index |
		some t in input.stages
		t.index != s.index
		is_string(t.name)
		lower(t.name) == lower(s.name)
	]
	count(others) > 0
	v := {
		"msg": sprintf("stage %d is named %q, like stage %s; stage names must be unique", [s.index, s.name, concat(", ", [format_int(t, 10) | some t in others])]),
		"path": ["instructions", dockerfile.from_index(s.index)],
	}
}
