# METADATA
# title: Image exposes the SSH port
# description: >-
#   EXPOSE 22 means an SSH server is expected to run inside the container: another long-lived
#   daemon with credentials to manage, a remote-login entry point that bypasses the
#   orchestrator's access control and audit, and a sign that the container is used like a VM.
# related_resources:
#   - ref: https://docs.docker.com/reference/dockerfile/#expose
# custom:
#   id: dockerfile/expose-ssh
#   severity: medium
#   kinds: [dockerfile]
#   remediation: |
#     Remove `EXPOSE 22` and the SSH server; use `docker exec` / `kubectl exec` (audited) to get
#     a shell when one is needed.
#
#     Before:
#     ```dockerfile
#     EXPOSE 22 8080
#     ```
#     After:
#     ```dockerfile
#     EXPOSE 8080
#     ```
#   tags: [security, network]
#   equivalents:
#     checkov: [CKV_DOCKER_1]
#     kics: [exposing_port_22]
package palisade.dockerfile.expose_ssh

import data.palisade.lib.dockerfile

violation contains v if {
	some i, ins in input.instructions
	ins.cmd == "expose"
	some port in dockerfile.words(ins)
	split(port, "/")[0] == "22"
	v := {
		"msg": sprintf("EXPOSE %s opens the SSH port; remove it and the SSH server, and use an audited exec instead", [port]),
		"path": ["instructions", i],
	}
}
