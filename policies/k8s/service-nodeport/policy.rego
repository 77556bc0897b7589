# METADATA
# title: Service is exposed on every node's port
# description: >-
#   A NodePort Service opens the same port on every node of the cluster, reachable by anything
#   that can reach a node, outside any load balancer, ingress controller, TLS termination or
#   WAF in front of the cluster. It usually exposes far more than intended.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport
# custom:
#   id: k8s/service-nodeport
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Use a ClusterIP Service behind an Ingress or Gateway, or a LoadBalancer Service with
#     `loadBalancerSourceRanges`.
#
#     Before:
#     ```yaml
#     spec:
#       type: NodePort
#     ```
#     After:
#     ```yaml
#     spec:
#       type: ClusterIP
#     ```
#   tags: [security, network]
package palisade.k8s.service_nodeport

import data.palisade.lib.k8s

violation contains v if {
	input.kind == "Service"
	input.spec.type == "NodePort"
	v := {
		"msg": sprintf("%s is of type NodePort, which opens %s on every node; use ClusterIP behind an Ingress or a LoadBalancer", [k8s.resource, ports]),
		"path": ["spec", "type"],
	}
}

ports := sprintf("port %s", [concat(", ", [sprintf("%v", [p.nodePort]) | some p in input.spec.ports; p.nodePort])]) if {
	some p in input.spec.ports
	p.nodePort
} else := "a port"
