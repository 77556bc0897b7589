package palisade.k8s.service_account_token_automount_test

import data.palisade.k8s.service_account_token_automount

test_default_automount_is_flagged_on_the_pod_spec if {
	vs := service_account_token_automount.violation with input as {
		"kind": "Deployment",
		"metadata": {"name": "web"},
		"spec": {"template": {"spec": {"serviceAccountName": "web", "containers": [{"name": "c"}]}}},
	}
	count(vs) == 1
	some v in vs
	v.path == ["spec", "template", "spec"]
	contains(v.msg, "by default")
}

test_explicit_true_is_flagged_on_the_key if {
	vs := service_account_token_automount.violation with input as {
		"kind": "Pod",
		"spec": {"automountServiceAccountToken": true, "containers": [{"name": "c"}]},
	}
	{v.path | some v in vs} == {["spec", "automountServiceAccountToken"]}
}

test_disabled_and_non_workloads_are_clean if {
	count(service_account_token_automount.violation) == 0 with input as {"kind": "Pod", "spec": {"automountServiceAccountToken": false, "containers": [{"name": "c"}]}}
	count(service_account_token_automount.violation) == 0 with input as {"kind": "ServiceAccount", "metadata": {"name": "web"}}
}
