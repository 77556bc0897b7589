package palisade.k8s.service_account_missing_test

import data.palisade.k8s.service_account_missing

deployment := {
	"apiVersion": "apps/v1", "kind": "Deployment",
	"metadata": {"name": "api", "namespace": "app"},
	"spec": {"template": {"spec": {"serviceAccountName": "api-runner", "containers": [{"name": "c"}]}}},
}

account(ns, name) := {"namespace": {ns: {"v1": {"ServiceAccount": {name: {"kind": "ServiceAccount", "metadata": {"name": name}}}}}}}

test_missing_account_is_flagged if {
	vs := service_account_missing.violation with input as deployment with data.inventory as account("other", "api-runner")
	count(vs) == 1
	some v in vs
	v.path == ["spec", "template", "spec", "serviceAccountName"]
}

test_defined_account_is_clean if {
	count(service_account_missing.violation) == 0 with input as deployment with data.inventory as account("app", "api-runner")
}

test_default_and_unset_accounts_are_clean if {
	pod := {"kind": "Pod", "metadata": {"name": "p"}, "spec": {"serviceAccountName": "default", "containers": [{"name": "c"}]}}
	count(service_account_missing.violation) == 0 with input as pod with data.inventory as {"namespace": {}, "cluster": {}}
	count(service_account_missing.violation) == 0 with input as {"kind": "Pod", "spec": {"containers": [{"name": "c"}]}} with data.inventory as {"namespace": {}, "cluster": {}}
}

test_nothing_is_decided_without_an_inventory if {
	count(service_account_missing.violation) == 0 with input as deployment
}
