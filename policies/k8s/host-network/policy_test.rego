package palisade.k8s.host_network_test

import data.palisade.k8s.host_network

test_hostnetwork_in_a_cronjob_is_flagged if {
	vs := host_network.violation with input as {
		"kind": "CronJob",
		"metadata": {"name": "probe"},
		"spec": {"jobTemplate": {"spec": {"template": {"spec": {"hostNetwork": true, "containers": [{"name": "c"}]}}}}},
	}
	count(vs) == 1
	some v in vs
	v.path == ["spec", "jobTemplate", "spec", "template", "spec", "hostNetwork"]
	startswith(v.msg, `CronJob "probe" `)
}

test_hostnetwork_false_or_unset_is_clean if {
	count(host_network.violation) == 0 with input as {"kind": "Pod", "spec": {"hostNetwork": false, "containers": [{"name": "c"}]}}
	count(host_network.violation) == 0 with input as {"kind": "Deployment", "spec": {"template": {"spec": {"containers": [{"name": "c"}]}}}}
}

test_hostnetwork_outside_a_pod_spec_is_ignored if {
	count(host_network.violation) == 0 with input as {"kind": "ConfigMap", "spec": {"hostNetwork": true}}
}
