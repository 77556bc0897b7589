package palisade.k8s.default_service_account_test

import data.palisade.k8s.default_service_account

test_unnamed_account_is_flagged_on_the_pod_spec if {
	vs := default_service_account.violation with input as {
		"kind": "Deployment",
		"metadata": {"name": "billing"},
		"spec": {"template": {"spec": {"containers": [{"name": "c"}]}}},
	}
	{v.path | some v in vs} == {["spec", "template", "spec"]}
}

test_explicit_default_is_flagged_on_the_key if {
	vs := default_service_account.violation with input as {"kind": "Pod", "spec": {"serviceAccountName": "default", "containers": [{"name": "c"}]}}
	{v.path | some v in vs} == {["spec", "serviceAccountName"]}
}

test_dedicated_account_is_clean if {
	count(default_service_account.violation) == 0 with input as {"kind": "Pod", "spec": {"serviceAccountName": "billing", "containers": [{"name": "c"}]}}
	count(default_service_account.violation) == 0 with input as {"kind": "Pod", "spec": {"serviceAccount": "billing", "containers": [{"name": "c"}]}}
	count(default_service_account.violation) == 0 with input as {"kind": "Service", "spec": {"type": "ClusterIP"}}
}
