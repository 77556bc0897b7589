# METADATA
# title: Container does not drop its default capabilities
# description: >-
#   Container runtimes grant a default set of Linux capabilities (NET_RAW, CHOWN, SETUID,
#   DAC_OVERRIDE and others). NET_RAW alone lets a compromised container spoof packets and
#   poison traffic on the node's network. Dropping ALL and adding back only what is needed
#   removes that attack surface.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted
# custom:
#   id: k8s/capabilities-not-dropped
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Drop ALL capabilities in the container's securityContext and add back only those the
#     process needs (usually none, sometimes NET_BIND_SERVICE).
#
#     Before:
#     ```yaml
#     securityContext:
#       runAsNonRoot: true
#     ```
#     After:
#     ```yaml
#     securityContext:
#       runAsNonRoot: true
#       capabilities:
#         drop:
#           - ALL
#     ```
#   tags: [security, pod-security]
#   frameworks:
#     cis-kubernetes: ["5.2.7", "5.2.9"]
#   equivalents:
#     checkov: [CKV_K8S_28, CKV_K8S_37]
#     trivy: [KSV003]
#     polaris: [insecureCapabilities]
#     kube-linter: [drop-net-raw-capability]
#     kubescape: [drop-capability-netraw]
package palisade.k8s.capabilities_not_dropped

import data.palisade.lib.k8s

# The capabilities Docker and containerd grant by default. Dropping every one of them is as
# good as dropping ALL.
default_capabilities := {
	"AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_ADMIN",
	"NET_BIND_SERVICE", "NET_RAW", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT",
}

dropped(c) := {trim_prefix(upper(cap), "CAP_") |
	some cap in c.container.securityContext.capabilities.drop
	is_string(cap)
}

drops_enough(c) if "ALL" in dropped(c)

drops_enough(c) if count(default_capabilities - dropped(c)) == 0

violation contains v if {
	some c in k8s.containers
	not drops_enough(c)
	v := {
		"msg": sprintf("%s in %s keeps %s: drop ALL capabilities and add back only what it needs", [c.label, k8s.resource, kept(c)]),
		"path": k8s.existing_path(c.path, c.container, ["securityContext", "capabilities", "drop"]),
	}
}

kept(c) := "the runtime's default capabilities, including NET_RAW" if {
	not "NET_RAW" in dropped(c)
} else := sprintf("default capabilities %s", [concat(", ", sort(default_capabilities - dropped(c)))])
