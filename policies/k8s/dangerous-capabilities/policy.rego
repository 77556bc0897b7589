# METADATA
# title: Container adds a dangerous Linux capability
# description: >-
#   Capabilities such as SYS_ADMIN, NET_ADMIN, SYS_PTRACE or SYS_MODULE (or ALL of them) give a
#   container root-equivalent powers over the kernel: mounting filesystems, loading kernel
#   modules, tracing other processes or reconfiguring the node's network. Each one is a known
#   container-escape path.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
# custom:
#   id: k8s/dangerous-capabilities
#   severity: high
#   kinds: [kubernetes]
#   remediation: |
#     Remove the capability from `securityContext.capabilities.add`. If the workload truly needs
#     it, run it in a dedicated, isolated node pool and record the exception as a waiver.
#
#     Before:
#     ```yaml
#     securityContext:
#       capabilities:
#         add:
#           - SYS_ADMIN
#     ```
#     After:
#     ```yaml
#     securityContext:
#       capabilities:
#         drop:
#           - ALL
#     ```
#   tags: [security, pod-security]
#   equivalents:
#     checkov: [CKV_K8S_39]
#     trivy: [KSV005]
#     polaris: [dangerousCapabilities]
#     kubescape: [insecure-capabilities, rule-privilege-escalation]
package palisade.k8s.dangerous_capabilities

import data.palisade.lib.k8s


violation contains v if {
	some c in k8s.containers
	some i, cap in c.container.securityContext.capabilities.add
	name := trim_prefix(upper(cap), "CAP_")
	name in k8s.dangerous_capabilities
	v := {
		"msg": sprintf("%s in %s adds the %s capability", [c.label, k8s.resource, name]),
		"path": array.concat(c.path, ["securityContext", "capabilities", "add", i]),
	}
}
