package palisade.k8s.volume_type_not_restricted_test

import data.palisade.k8s.volume_type_not_restricted

pod(volumes) := {"kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": [{"name": "c"}], "volumes": volumes}}

test_network_volumes_are_flagged if {
	vs := volume_type_not_restricted.violation with input as pod([{"name": "cfg", "configMap": {"name": "x"}}, {"name": "data", "nfs": {"server": "s", "path": "/e"}}])
	count(vs) == 1
	some v in vs
	v.path == ["spec", "volumes", 1, "nfs"]
}

test_managed_volume_types_are_clean if {
	count(volume_type_not_restricted.violation) == 0 with input as pod([
		{"name": "a", "emptyDir": {}}, {"name": "b", "secret": {"secretName": "s"}},
		{"name": "c", "projected": {"sources": []}}, {"name": "d", "persistentVolumeClaim": {"claimName": "x"}},
		{"name": "e", "hostPath": {"path": "/tmp"}},
	])
}
