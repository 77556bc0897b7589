package palisade.k8s.writable_host_path_test

import data.palisade.k8s.writable_host_path

pod(spec) := {"kind": "Pod", "metadata": {"name": "p", "namespace": "app"}, "spec": spec}

test_writable_host_mounts_are_flagged if {
	vs := writable_host_path.violation with input as pod({
		"containers": [{"name": "a", "volumeMounts": [{"name": "logs", "mountPath": "/l"}, {"name": "ro", "mountPath": "/r", "readOnly": true}, {"name": "tmp", "mountPath": "/t"}]}],
		"volumes": [{"name": "logs", "hostPath": {"path": "/var/log"}}, {"name": "ro", "hostPath": {"path": "/opt"}}, {"name": "tmp", "emptyDir": {}}],
	})
	{v.path | some v in vs} == {["spec", "containers", 0, "volumeMounts", 0]}
}

test_read_only_host_mounts_are_clean if {
	count(writable_host_path.violation) == 0 with input as pod({
		"containers": [{"name": "a", "volumeMounts": [{"name": "logs", "mountPath": "/l", "readOnly": true}]}],
		"volumes": [{"name": "logs", "hostPath": {"path": "/var/log"}}],
	})
}
