# METADATA
# title: Container adds a capability the Pod Security Standards do not allow
# description: >-
#   The Pod Security Standards' baseline profile lets a container add only capabilities from
#   the container runtime's default set (AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL,
#   MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT); anything else (NET_RAW
#   for spoofed packets, IPC_LOCK, SYS_RESOURCE, SYS_NICE …) widens what a compromised container
#   can do to the node and its neighbours, and a namespace enforcing baseline rejects the pod. The
#   restricted profile allows adding NET_BIND_SERVICE only (those findings are in the strict
#   profile). The capabilities with a known escape path are k8s/dangerous-capabilities' findings.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
# custom:
#   id: k8s/capability-not-allowed
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Remove the capability from `capabilities.add`, or grant the narrower one the program needs.
#
#     Before:
#     ```yaml
#     securityContext:
#       capabilities:
#         add: ["NET_RAW"]
#     ```
#     After:
#     ```yaml
#     securityContext:
#       capabilities:
#         drop: ["ALL"]
#         add: ["NET_BIND_SERVICE"]
#     ```
#   tags: [security, pod-security]
#   frameworks:
#     pod-security-standards: [baseline/capabilities, restricted/capabilities]
#   equivalents:
#     checkov: [CKV_K8S_25]
#     trivy: [KSV022]
package palisade.k8s.capability_not_allowed

import data.palisade.lib.k8s

baseline := {
	"AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD",
	"NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT",
}

added contains {"c": c, "i": i, "name": trim_prefix(upper(cap), "CAP_")} if {
	some c in k8s.containers
	some i, cap in c.container.securityContext.capabilities.add
	is_string(cap)
}

violation contains v if {
	some a in added
	not a.name in baseline
	not a.name in k8s.dangerous_capabilities
	v := {
		"msg": sprintf("%s in %s adds the %s capability, which the baseline Pod Security Standard does not allow", [a.c.label, k8s.resource, a.name]),
		"path": array.concat(a.c.path, ["securityContext", "capabilities", "add", a.i]),
	}
}

violation contains v if {
	some a in added
	a.name in baseline
	a.name != "NET_BIND_SERVICE"
	v := {
		"msg": sprintf("%s in %s adds the %s capability; the restricted Pod Security Standard allows adding NET_BIND_SERVICE only", [a.c.label, k8s.resource, a.name]),
		"path": array.concat(a.c.path, ["securityContext", "capabilities", "add", a.i]),
		"profile": "strict",
		"confidence": "medium",
	}
}
