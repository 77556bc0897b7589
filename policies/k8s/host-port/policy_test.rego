package palisade.k8s.host_port_test

import data.palisade.k8s.host_port

test_host_port_is_flagged if {
	vs := host_port.violation with input as {
		"kind": "Pod",
		"metadata": {"name": "ingress"},
		"spec": {"containers": [{"name": "nginx", "ports": [{"containerPort": 80}, {"containerPort": 443, "hostPort": 443}]}]},
	}
	count(vs) == 1
	some v in vs
	v.path == ["spec", "containers", 0, "ports", 1, "hostPort"]
	v.msg == `container "nginx" in Pod "ingress" binds host port 443 on the node`
}

test_no_host_port_or_zero_is_clean if {
	count(host_port.violation) == 0 with input as {
		"kind": "Pod",
		"spec": {"containers": [{"name": "a", "ports": [{"containerPort": 80}, {"containerPort": 81, "hostPort": 0}]}]},
	}
}
