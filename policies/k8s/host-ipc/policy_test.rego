package palisade.k8s.host_ipc_test

import data.palisade.k8s.host_ipc

test_hostipc_in_a_cronjob_is_flagged if {
	vs := host_ipc.violation with input as {
		"kind": "CronJob",
		"metadata": {"name": "probe"},
		"spec": {"jobTemplate": {"spec": {"template": {"spec": {"hostIPC": true, "containers": [{"name": "c"}]}}}}},
	}
	count(vs) == 1
	some v in vs
	v.path == ["spec", "jobTemplate", "spec", "template", "spec", "hostIPC"]
	startswith(v.msg, `CronJob "probe" `)
}

test_hostipc_false_or_unset_is_clean if {
	count(host_ipc.violation) == 0 with input as {"kind": "Pod", "spec": {"hostIPC": false, "containers": [{"name": "c"}]}}
	count(host_ipc.violation) == 0 with input as {"kind": "Deployment", "spec": {"template": {"spec": {"containers": [{"name": "c"}]}}}}
}

test_hostipc_outside_a_pod_spec_is_ignored if {
	count(host_ipc.violation) == 0 with input as {"kind": "ConfigMap", "spec": {"hostIPC": true}}
}
