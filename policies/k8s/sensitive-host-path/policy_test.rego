package palisade.k8s.sensitive_host_path_test

import data.palisade.k8s.sensitive_host_path

pod(spec) := {"kind": "Pod", "metadata": {"name": "p", "namespace": "app"}, "spec": spec}

test_system_directories_are_flagged if {
	vs := sensitive_host_path.violation with input as pod({"containers": [{"name": "a"}], "volumes": [
		{"name": "root", "hostPath": {"path": "/"}},
		{"name": "etc", "hostPath": {"path": "/etc/"}},
		{"name": "kubelet", "hostPath": {"path": "/var/lib/kubelet/pki"}},
		{"name": "logs", "hostPath": {"path": "/var/log"}},
	]})
	{v.path[2] | some v in vs} == {0, 1, 2}
}

test_other_host_paths_and_volumes_are_clean if {
	count(sensitive_host_path.violation) == 0 with input as pod({"containers": [{"name": "a"}], "volumes": [
		{"name": "logs", "hostPath": {"path": "/var/log/pods"}},
		{"name": "data", "hostPath": {"path": "/mnt/data"}},
		{"name": "etcx", "hostPath": {"path": "/etcetera"}},
		{"name": "tmp", "emptyDir": {}},
	]})
}
