# METADATA
# title: Two build stages have the same name
# description: >-
#   Stage names must be unique: BuildKit rejects a Dockerfile with two `FROM … AS name` of the
#   same name, and older builders silently resolve `COPY --from=name` to one of them, so
#   artefacts come from the wrong stage.
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

violation contains v if {
	some s in input.stages
	is_string(s.name)
	some earlier in input.stages
	earlier.index < s.index
	is_string(earlier.name)
	lower(earlier.name) == lower(s.name)
	v := {
		"msg": sprintf("stage %d is also named %q (like stage %d); stage names must be unique", [s.index, s.name, earlier.index]),
		"path": ["instructions", dockerfile.from_index(s.index)],
	}
}
