package palisade.k8s.deprecated_service_account_field_test

import data.palisade.k8s.deprecated_service_account_field

pod(spec) := {"kind": "Pod", "metadata": {"name": "p", "namespace": "app"}, "spec": spec}

test_deprecated_field_is_flagged if {
	vs := deprecated_service_account_field.violation with input as pod({"serviceAccount": "orders", "containers": [{"name": "a"}]})
	{v.path | some v in vs} == {["spec", "serviceAccount"]}
}

test_service_account_name_is_clean if {
	count(deprecated_service_account_field.violation) == 0 with input as pod({"serviceAccountName": "orders", "containers": [{"name": "a"}]})
	count(deprecated_service_account_field.violation) == 0 with input as pod({"serviceAccountName": "orders", "serviceAccount": "orders", "containers": [{"name": "a"}]})
}
