package palisade.k8s.probe_port_undefined_test

import data.palisade.k8s.probe_port_undefined

pod(spec) := {"kind": "Pod", "metadata": {"name": "p", "namespace": "app"}, "spec": spec}

test_unknown_port_names_are_flagged if {
	vs := probe_port_undefined.violation with input as pod({"containers": [{
		"name": "a",
		"ports": [{"name": "http", "containerPort": 8080}, {"name": "dns", "containerPort": 53, "protocol": "UDP"}],
		"livenessProbe": {"httpGet": {"path": "/", "port": "admin"}},
		"readinessProbe": {"tcpSocket": {"port": "http"}},
		"startupProbe": {"tcpSocket": {"port": "dns"}},
	}]})
	{v.path | some v in vs} == {["spec", "containers", 0, "livenessProbe", "httpGet", "port"], ["spec", "containers", 0, "startupProbe", "tcpSocket", "port"]}
}

test_named_and_numeric_ports_are_clean if {
	count(probe_port_undefined.violation) == 0 with input as pod({"containers": [{
		"name": "a",
		"ports": [{"name": "http", "containerPort": 8080}],
		"livenessProbe": {"httpGet": {"path": "/", "port": 8080}},
		"startupProbe": {"httpGet": {"path": "/", "port": "http"}},
	}]})
}

container(probe) := {"name": "c", "ports": [{"containerPort": 9999, "name": "http"}], "livenessProbe": probe}

test_undeclared_port_numbers_are_flagged_when_others_are_declared if {
	vs := probe_port_undefined.violation with input as {"kind": "Pod", "spec": {"containers": [container({"httpGet": {"port": 8080}})]}}
	count(vs) == 1
	some v in vs
	not v.profile
	count(probe_port_undefined.violation) == 0 with input as {"kind": "Pod", "spec": {"containers": [container({"httpGet": {"port": 9999}})]}}
	count(probe_port_undefined.violation) == 1 with input as {"kind": "Pod", "spec": {"containers": [container({"grpc": {"port": 8080}})]}}
	count(probe_port_undefined.violation) == 0 with input as {"kind": "Pod", "spec": {"containers": [{"name": "c", "livenessProbe": {"tcpSocket": {"port": 8080}}}]}}
}
