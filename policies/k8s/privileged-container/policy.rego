# METADATA
# title: Container runs in privileged mode
# description: >-
#   A privileged container has every Linux capability and sees all of the node's devices, so
#   whoever compromises it controls the node and every pod on it. Almost no application needs
#   this; node agents that do should be isolated and reviewed.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
# custom:
#   id: k8s/privileged-container
#   severity: high
#   kinds: [kubernetes]
#   remediation: |
#     Remove `privileged: true` from the container's `securityContext` (or set it to `false`).
#     If the container needs one specific privilege, add only that capability instead.
#
#     Before:
#     ```yaml
#     securityContext:
#       privileged: true
#     ```
#     After:
#     ```yaml
#     securityContext:
#       privileged: false
#     ```
#   tags: [security, pod-security]
#   frameworks:
#     cis-kubernetes: ["5.2.1"]
#   equivalents:
#     checkov: [CKV_K8S_16]
#     trivy: [KSV017]
#     polaris: [runAsPrivileged]
#     kubescape: [rule-privilege-escalation]
#     kube-linter: [privileged-container]
package palisade.k8s.privileged_container

import data.palisade.lib.k8s

# `privileged` exists only on a container's SecurityContext; a pod-level value means nothing
# to Kubernetes, so only the container's own setting counts.
violation contains v if {
	some c in k8s.containers
	c.container.securityContext.privileged == true
	v := {
		"msg": sprintf("%s in %s runs in privileged mode, with full access to the node's devices and kernel", [c.label, k8s.resource]),
		"path": array.concat(c.path, ["securityContext", "privileged"]),
	}
}
