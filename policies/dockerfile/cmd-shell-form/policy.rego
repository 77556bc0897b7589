# METADATA
# title: CMD or ENTRYPOINT in shell form
# description: >-
#   In shell form (`CMD node server.js`) Docker runs the command as a child of `/bin/sh -c`. The
#   shell becomes PID 1 and does not forward SIGTERM, so `docker stop` and Kubernetes wait out
#   the grace period and kill the process without a clean shutdown. An ENTRYPOINT in shell form
#   also ignores CMD and `docker run` arguments.
# related_resources:
#   - ref: https://docs.docker.com/reference/dockerfile/#shell-and-exec-form
# custom:
#   id: dockerfile/cmd-shell-form
#   severity: low
#   profile: strict
#   kinds: [dockerfile]
#   remediation: |
#     Use the exec (JSON array) form; if you need a shell feature, `exec` the final command.
#
#     Before:
#     ```dockerfile
#     CMD node server.js --port 8080
#     ```
#     After:
#     ```dockerfile
#     CMD ["node", "server.js", "--port", "8080"]
#     ```
#   tags: [reliability]
#   equivalents:
#     hadolint: [DL3025]
#     kics: [not_using_json_in_cmd_and_entrypoint_arguments]
package palisade.dockerfile.cmd_shell_form

import data.palisade.lib.dockerfile

# Only the stages the image is made of decide what it runs.
violation contains v if {
	some e in dockerfile.shipped_instructions
	e.ins.cmd in {"cmd", "entrypoint"}
	e.ins.json == false
	trim_space(dockerfile.text(e.ins)) != ""
	v := {
		"msg": sprintf("%s %s runs under /bin/sh -c, which does not pass SIGTERM on; use the exec form %s", [upper(e.ins.cmd), trim_space(dockerfile.text(e.ins)), json.marshal(dockerfile.words(e.ins))]),
		"path": ["instructions", e.i],
	}
}
