package palisade.k8s.liveness_probe_missing_test

import data.palisade.k8s.liveness_probe_missing

probe := {"httpGet": {"path": "/healthz", "port": 8080}}

test_container_without_probe_is_flagged if {
	vs := liveness_probe_missing.violation with input as {
		"kind": "StatefulSet",
		"metadata": {"name": "db"},
		"spec": {"template": {"spec": {
			"initContainers": [{"name": "init"}],
			"containers": [{"name": "db", "livenessProbe": probe}, {"name": "backup"}],
		}}},
	}
	count(vs) == 1
	some v in vs
	v.path == ["spec", "template", "spec", "containers", 1]
	v.msg == `container "backup" in StatefulSet "db" has no livenessProbe`
}

test_probed_containers_and_jobs_are_clean if {
	count(liveness_probe_missing.violation) == 0 with input as {"kind": "Pod", "spec": {"containers": [{"name": "a", "livenessProbe": probe}]}}
	count(liveness_probe_missing.violation) == 0 with input as {"kind": "Job", "spec": {"template": {"spec": {"containers": [{"name": "a"}]}}}}
}

test_null_probe_is_flagged if {
	count(liveness_probe_missing.violation) == 1 with input as {"kind": "Pod", "spec": {"containers": [{"name": "a", "livenessProbe": null}]}}
}
