# METADATA
# title: Container unmasks /proc
# description: >-
#   `procMount: Unmasked` removes the masks the runtime puts over sensitive parts of /proc
#   (kernel keys, timers, /proc/sys …) and makes them writable. Outside of nested-container
#   builds in user namespaces there is no reason for it, and it exposes the node's kernel.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
# custom:
#   id: k8s/proc-mount-unmasked
#   severity: high
#   kinds: [kubernetes]
#   remediation: |
#     Remove `procMount` from the container's securityContext (or set it to `Default`).
#
#     Before:
#     ```yaml
#     securityContext:
#       procMount: Unmasked
#     ```
#     After:
#     ```yaml
#     securityContext:
#       procMount: Default
#     ```
#   tags: [security, pod-security]
#   equivalents:
#     trivy: [KSV027]
#     polaris: [procMount]
#     kube-linter: [unsafe-proc-mount]
package palisade.k8s.proc_mount_unmasked

import data.palisade.lib.k8s

violation contains v if {
	some c in k8s.containers
	mount := c.container.securityContext.procMount
	mount != null
	mount != "Default"
	v := {
		"msg": sprintf("%s in %s sets procMount: %v, exposing the node's /proc; use the Default mask", [c.label, k8s.resource, mount]),
		"path": array.concat(c.path, ["securityContext", "procMount"]),
	}
}
