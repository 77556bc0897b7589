package palisade.k8s.seccomp_profile_test

import data.palisade.k8s.seccomp_profile

test_pod_runtime_default_covers_containers if {
	count(seccomp_profile.violation) == 0 with input as {
		"kind": "Pod",
		"spec": {"securityContext": {"seccompProfile": {"type": "RuntimeDefault"}}, "containers": [{"name": "a"}, {"name": "b"}]},
	}
}

test_container_unconfined_overrides_pod if {
	vs := seccomp_profile.violation with input as {
		"kind": "Pod",
		"metadata": {"name": "p"},
		"spec": {
			"securityContext": {"seccompProfile": {"type": "RuntimeDefault"}},
			"containers": [{"name": "a", "securityContext": {"seccompProfile": {"type": "Unconfined"}}}],
		},
	}
	{v.path | some v in vs} == {["spec", "containers", 0, "securityContext", "seccompProfile", "type"]}
}

test_unset_everywhere_is_flagged_per_container if {
	vs := seccomp_profile.violation with input as {
		"kind": "Deployment",
		"spec": {"template": {"spec": {"containers": [{"name": "a"}, {"name": "b", "securityContext": {"runAsNonRoot": true}}]}}},
	}
	{v.path | some v in vs} == {["spec", "template", "spec", "containers", 0], ["spec", "template", "spec", "containers", 1, "securityContext"]}
}

test_container_profile_covers_unconfined_pod if {
	count(seccomp_profile.violation) == 0 with input as {
		"kind": "Pod",
		"spec": {
			"securityContext": {"seccompProfile": {"type": "Unconfined"}},
			"containers": [{"name": "a", "securityContext": {"seccompProfile": {"type": "Localhost", "localhostProfile": "profiles/a.json"}}}],
		},
	}
}
