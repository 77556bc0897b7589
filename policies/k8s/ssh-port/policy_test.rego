package palisade.k8s.ssh_port_test

import data.palisade.k8s.ssh_port

pod(spec) := {"kind": "Pod", "metadata": {"name": "p", "namespace": "app"}, "spec": spec}

test_port_22_is_flagged if {
	vs := ssh_port.violation with input as pod({"containers": [{"name": "a", "ports": [{"containerPort": 8080}, {"containerPort": 22}]}]})
	{v.path | some v in vs} == {["spec", "containers", 0, "ports", 1, "containerPort"]}
}

test_other_ports_are_clean if {
	count(ssh_port.violation) == 0 with input as pod({"containers": [{"name": "a", "ports": [{"containerPort": 2222, "name": "x"}, {"containerPort": 8022}]}]})
}
