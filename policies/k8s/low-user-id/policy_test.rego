package palisade.k8s.low_user_id_test

import data.palisade.k8s.low_user_id

test_pod_level_low_uid_is_reported_at_the_pod_setting if {
	vs := low_user_id.violation with input as {
		"kind": "Pod",
		"metadata": {"name": "p"},
		"spec": {"securityContext": {"runAsUser": 1000}, "containers": [{"name": "a"}]},
	}
	count(vs) == 1
	some v in vs
	v.path == ["spec", "securityContext", "runAsUser"]
	v.msg == `container "a" in Pod "p" runs as UID 1000, which can collide with a host user; use a UID of 10000 or more`
}

test_high_container_uid_overrides_low_pod_uid if {
	count(low_user_id.violation) == 0 with input as {
		"kind": "Pod",
		"spec": {"securityContext": {"runAsUser": 1000}, "containers": [{"name": "a", "securityContext": {"runAsUser": 10001}}]},
	}
}

test_root_and_unset_are_left_to_run_as_root if {
	count(low_user_id.violation) == 0 with input as {
		"kind": "Pod",
		"spec": {"containers": [{"name": "a", "securityContext": {"runAsUser": 0}}, {"name": "b"}]},
	}
}
