# METADATA
# title: Pod sets an unsafe sysctl
# description: >-
#   Most kernel parameters are not namespaced: a sysctl set by one pod changes the whole node,
#   affecting every other pod on it, and some (kernel.*, vm.*) can crash or weaken the node.
#   Only the small set Kubernetes documents as safe is isolated to the pod.
# related_resources:
#   - ref: https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/#safe-and-unsafe-sysctls
# custom:
#   id: k8s/unsafe-sysctls
#   severity: high
#   kinds: [kubernetes]
#   remediation: |
#     Remove the sysctl from `securityContext.sysctls`, or tune it on dedicated nodes through
#     node configuration instead of from a pod.
#
#     Before:
#     ```yaml
#     securityContext:
#       sysctls:
#         - name: kernel.msgmax
#           value: "65536"
#     ```
#     After:
#     ```yaml
#     securityContext: {}
#     ```
#   tags: [security, pod-security]
#   equivalents:
#     trivy: [KSV026]
#     kube-linter: [unsafe-sysctls]
package palisade.k8s.unsafe_sysctls

import data.palisade.lib.k8s

# The Pod Security Standards' baseline list of namespaced, safe sysctls.
safe_sysctls := {
	"kernel.shm_rmid_forced",
	"net.ipv4.ip_local_port_range",
	"net.ipv4.ip_unprivileged_port_start",
	"net.ipv4.tcp_syncookies",
	"net.ipv4.ping_group_range",
	"net.ipv4.ip_local_reserved_ports",
	"net.ipv4.tcp_keepalive_time",
	"net.ipv4.tcp_fin_timeout",
	"net.ipv4.tcp_keepalive_intvl",
	"net.ipv4.tcp_keepalive_probes",
}

violation contains v if {
	some i, sysctl in k8s.pod_spec.securityContext.sysctls
	not sysctl.name in safe_sysctls
	v := {
		"msg": sprintf("%s sets the unsafe sysctl %q, which is not isolated to the pod", [k8s.resource, sysctl.name]),
		"path": array.concat(k8s.pod_spec_path, ["securityContext", "sysctls", i, "name"]),
	}
}
