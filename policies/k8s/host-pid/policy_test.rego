package palisade.k8s.host_pid_test

import data.palisade.k8s.host_pid

test_hostpid_in_a_cronjob_is_flagged if {
	vs := host_pid.violation with input as {
		"kind": "CronJob",
		"metadata": {"name": "probe"},
		"spec": {"jobTemplate": {"spec": {"template": {"spec": {"hostPID": true, "containers": [{"name": "c"}]}}}}},
	}
	count(vs) == 1
	some v in vs
	v.path == ["spec", "jobTemplate", "spec", "template", "spec", "hostPID"]
	startswith(v.msg, `CronJob "probe" `)
}

test_hostpid_false_or_unset_is_clean if {
	count(host_pid.violation) == 0 with input as {"kind": "Pod", "spec": {"hostPID": false, "containers": [{"name": "c"}]}}
	count(host_pid.violation) == 0 with input as {"kind": "Deployment", "spec": {"template": {"spec": {"containers": [{"name": "c"}]}}}}
}

test_hostpid_outside_a_pod_spec_is_ignored if {
	count(host_pid.violation) == 0 with input as {"kind": "ConfigMap", "spec": {"hostPID": true}}
}
