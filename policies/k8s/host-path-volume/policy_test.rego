package palisade.k8s.host_path_volume_test

import data.palisade.k8s.host_path_volume

test_host_path_volume_is_flagged if {
	vs := host_path_volume.violation with input as {
		"kind": "Deployment",
		"metadata": {"name": "shipper"},
		"spec": {"template": {"spec": {
			"containers": [{"name": "c"}],
			"volumes": [{"name": "cfg", "configMap": {"name": "x"}}, {"name": "logs", "hostPath": {"path": "/var/log"}}],
		}}},
	}
	count(vs) == 1
	some v in vs
	v.path == ["spec", "template", "spec", "volumes", 1, "hostPath"]
	v.msg == `Deployment "shipper" mounts the node's path "/var/log" through hostPath volume "logs"`
}

test_other_volume_types_are_clean if {
	count(host_path_volume.violation) == 0 with input as {
		"kind": "Pod",
		"spec": {"containers": [{"name": "c"}], "volumes": [{"name": "tmp", "emptyDir": {}}, {"name": "data", "persistentVolumeClaim": {"claimName": "d"}}]},
	}
}
