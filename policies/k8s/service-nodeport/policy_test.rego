package palisade.k8s.service_nodeport_test

import data.palisade.k8s.service_nodeport

test_node_port_service_is_flagged if {
	vs := service_nodeport.violation with input as {
		"kind": "Service",
		"metadata": {"name": "web"},
		"spec": {"type": "NodePort", "ports": [{"port": 80, "nodePort": 30080}]},
	}
	count(vs) == 1
	some v in vs
	v.path == ["spec", "type"]
	v.msg == `Service "web" is of type NodePort, which opens port 30080 on every node; use ClusterIP behind an Ingress or a LoadBalancer`
}

test_cluster_ip_and_other_kinds_are_clean if {
	count(service_nodeport.violation) == 0 with input as {"kind": "Service", "spec": {"type": "ClusterIP"}}
	count(service_nodeport.violation) == 0 with input as {"kind": "Service", "spec": {"ports": [{"port": 80}]}}
	count(service_nodeport.violation) == 0 with input as {"kind": "ConfigMap", "spec": {"type": "NodePort"}}
}
