package palisade.k8s.privilege_escalation_test

import data.palisade.k8s.privilege_escalation

test_unset_is_flagged_on_the_container if {
	vs := privilege_escalation.violation with input as {
		"kind": "Deployment",
		"metadata": {"name": "api"},
		"spec": {"template": {"spec": {"containers": [{"name": "api", "image": "api:1"}]}}},
	}
	count(vs) == 1
	some v in vs
	v.path == ["spec", "template", "spec", "containers", 0]
	contains(v.msg, `container "api" in Deployment "api" does not set allowPrivilegeEscalation: false`)
}

test_explicit_true_is_flagged_on_the_key if {
	vs := privilege_escalation.violation with input as {
		"kind": "Pod",
		"metadata": {"name": "p"},
		"spec": {"containers": [{"name": "a", "securityContext": {"allowPrivilegeEscalation": true}}]},
	}
	{v.path | some v in vs} == {["spec", "containers", 0, "securityContext", "allowPrivilegeEscalation"]}
}

test_pod_level_setting_does_not_count if {
	count(privilege_escalation.violation) == 1 with input as {
		"kind": "Pod",
		"spec": {"securityContext": {"allowPrivilegeEscalation": false}, "containers": [{"name": "a", "securityContext": null}]},
	}
}

test_false_on_every_container_is_clean if {
	count(privilege_escalation.violation) == 0 with input as {
		"kind": "Pod",
		"spec": {
			"initContainers": [{"name": "i", "securityContext": {"allowPrivilegeEscalation": false}}],
			"containers": [{"name": "a", "securityContext": {"allowPrivilegeEscalation": false}}],
		},
	}
}
