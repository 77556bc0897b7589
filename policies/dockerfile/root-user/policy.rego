# METADATA
# title: Image switches back to the root user
# description: >-
#   The last USER instruction of the final stage decides who the container runs as. Ending on
#   `USER root` (or UID 0), often left over from installing packages, runs the application as
#   root and throws away the isolation an unprivileged user gives.
# related_resources:
#   - ref: https://docs.docker.com/build/building/best-practices/#user
# custom:
#   id: dockerfile/root-user
#   severity: high
#   kinds: [dockerfile]
#   remediation: |
#     Switch to root only for the steps that need it, then back to an unprivileged user.
#
#     Before:
#     ```dockerfile
#     USER root
#     RUN apt-get update && apt-get install -y --no-install-recommends curl
#     CMD ["./server"]
#     ```
#     After:
#     ```dockerfile
#     USER root
#     RUN apt-get update && apt-get install -y --no-install-recommends curl
#     USER app
#     CMD ["./server"]
#     ```
#   tags: [security, containers]
#   equivalents:
#     hadolint: [DL3002]
#     checkov: [CKV_DOCKER_8]
#     trivy: [DS002]
#     kics: [last_user_is_root]
package palisade.dockerfile.root_user

import data.palisade.lib.dockerfile

last_user_index := max({e.i | some e in dockerfile.final_instructions; e.ins.cmd == "user"})

# `USER root`, `USER 0`, `USER root:root`, `USER 0:0`.
root(spec) if split(trim_space(spec), ":")[0] in {"root", "0"}

violation contains v if {
	ins := input.instructions[last_user_index]
	spec := dockerfile.text(ins)
	root(spec)
	v := {
		"msg": sprintf("the final stage's last USER is %q, so the container runs as root; end with USER set to an unprivileged user", [trim_space(spec)]),
		"path": ["instructions", last_user_index],
	}
}
