# METADATA
# title: Container binds a host port
# description: >-
#   A `hostPort` opens the port on the node's own network interfaces, bypassing Services and
#   network policies, and it limits where the pod can be scheduled because each node can hold
#   only one pod per host port.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/configuration/overview/#services
# custom:
#   id: k8s/host-port
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Remove `hostPort` and expose the container through a Service (ClusterIP, or a
#     LoadBalancer/Ingress for outside traffic).
#
#     Before:
#     ```yaml
#     ports:
#       - containerPort: 8080
#         hostPort: 8080
#     ```
#     After:
#     ```yaml
#     ports:
#       - containerPort: 8080
#     ```
#   tags: [security, pod-security]
#   equivalents:
#     checkov: [CKV_K8S_26]
#     trivy: [KSV024]
#     polaris: [hostPortSet]
#     kubescape: [container-hostPort]
package palisade.k8s.host_port

import data.palisade.lib.k8s

violation contains v if {
	some c in k8s.containers
	some i, port in c.container.ports
	port.hostPort != 0
	v := {
		"msg": sprintf("%s in %s binds host port %v on the node", [c.label, k8s.resource, port.hostPort]),
		"path": array.concat(c.path, ["ports", i, "hostPort"]),
	}
}
