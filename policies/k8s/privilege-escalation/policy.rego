# METADATA
# title: Container allows privilege escalation
# description: >-
#   Unless `allowPrivilegeEscalation` is false, a process in the container can gain more
#   privileges than its parent (through setuid binaries or file capabilities), turning a foothold
#   into root inside the container. Kubernetes allows it by default, so it must be switched off
#   explicitly on every container.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted
# custom:
#   id: k8s/privilege-escalation
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Set `allowPrivilegeEscalation: false` in the securityContext of every container.
#
#     Before:
#     ```yaml
#     containers:
#       - name: app
#         image: ghcr.io/acme/app:1.4.0
#     ```
#     After:
#     ```yaml
#     containers:
#       - name: app
#         image: ghcr.io/acme/app:1.4.0
#         securityContext:
#           allowPrivilegeEscalation: false
#     ```
#   tags: [security, pod-security]
#   frameworks:
#     cis-kubernetes: ["5.2.5"]
#   equivalents:
#     checkov: [CKV_K8S_20]
#     trivy: [KSV001]
#     polaris: [privilegeEscalationAllowed]
#     kubescape: [rule-allow-privilege-escalation]
#     kube-linter: [privilege-escalation-container]
package palisade.k8s.privilege_escalation

import data.palisade.lib.k8s

# The field exists only on a container's SecurityContext (PodSecurityContext has none), so a
# container that does not set it to false allows escalation whatever its pod says.
violation contains v if {
	some c in k8s.containers
	not c.container.securityContext.allowPrivilegeEscalation == false
	v := {
		"msg": sprintf("%s in %s %s", [c.label, k8s.resource, reason(c)]),
		"path": k8s.existing_path(c.path, c.container, ["securityContext", "allowPrivilegeEscalation"]),
	}
}

reason(c) := "sets allowPrivilegeEscalation: true; set it to false" if {
	c.container.securityContext.allowPrivilegeEscalation == true
} else := "does not set allowPrivilegeEscalation: false, so its processes may gain privileges through setuid binaries"
