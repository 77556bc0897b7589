# METADATA
# title: Container exposes the SSH port
# description: >-
#   A container listening on port 22 usually runs an SSH server: a second way into the workload
#   with its own credentials to manage, outside Kubernetes' authentication and audit. `kubectl
#   exec` and debug containers cover what SSH is used for.
# related_resources:
#   - ref: https://kubernetes.io/docs/tasks/debug/debug-application/debug-running-pod/
# custom:
#   id: k8s/ssh-port
#   severity: low
#   kinds: [kubernetes]
#   remediation: |
#     Remove the SSH server and the port; use `kubectl exec` or `kubectl debug`.
#
#     Before:
#     ```yaml
#     ports:
#       - containerPort: 22
#     ```
#     After:
#     ```yaml
#     ports:
#       - containerPort: 8080
#     ```
#   tags: [security]
#   equivalents:
#     kube-linter: [ssh-port]
package palisade.k8s.ssh_port

import data.palisade.lib.k8s

violation contains v if {
	some c in k8s.containers
	some i, port in c.container.ports
	port.containerPort == 22
	v := {
		"msg": sprintf("%s in %s exposes port 22 (SSH); use kubectl exec or kubectl debug instead of an SSH server", [c.label, k8s.resource]),
		"path": array.concat(c.path, ["ports", i, "containerPort"]),
	}
}
