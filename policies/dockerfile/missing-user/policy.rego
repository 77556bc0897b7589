# METADATA
# title: Image has no USER, so its container runs as root
# description: >-
#   Without a USER instruction in the final stage the container's processes run as root (unless
#   the base image says otherwise), so any compromise of the application is root in the
#   container, one kernel bug away from root on the host.
# related_resources:
#   - ref: https://docs.docker.com/build/building/best-practices/#user
# custom:
#   id: dockerfile/missing-user
#   severity: medium
#   kinds: [dockerfile]
#   remediation: |
#     Create an unprivileged user and switch to it in the final stage.
#
#     Before:
#     ```dockerfile
#     FROM node:20-slim
#     COPY . /app
#     CMD ["node", "/app/server.js"]
#     ```
#     After:
#     ```dockerfile
#     FROM node:20-slim
#     COPY --chown=node:node . /app
#     USER node
#     CMD ["node", "/app/server.js"]
#     ```
#   tags: [security, containers]
#   equivalents:
#     checkov: [CKV_DOCKER_3]
#     kics: [missing_user_instruction]
package palisade.dockerfile.missing_user

import data.palisade.lib.dockerfile

has_user(stage) if {
	some ins in input.instructions
	ins.stage == stage
	ins.cmd == "user"
}

# `FROM builder` continues from an earlier stage and keeps its USER.
parent_stage := p if {
	name := lower(input.stages[dockerfile.final_stage].from.image)
	some p, s in input.stages
	p < dockerfile.final_stage
	lower(s.name) == name
}

# A rule of its own so that `not` also holds when there is no parent stage: OPA evaluates a
# negated call's arguments before the `not`, so an undefined parent_stage would fail the body.
parent_has_user if has_user(parent_stage)

violation contains v if {
	count(input.stages) > 0
	not has_user(dockerfile.final_stage)
	not parent_has_user
	v := {
		"msg": sprintf("the final stage (FROM %s) never sets USER, so the container runs as root; add a USER instruction with an unprivileged user", [input.stages[dockerfile.final_stage].from.raw]),
		"path": ["instructions", dockerfile.from_index(dockerfile.final_stage)],
	}
}
