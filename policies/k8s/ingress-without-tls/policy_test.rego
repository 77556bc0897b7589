package palisade.k8s.ingress_without_tls_test

import data.palisade.k8s.ingress_without_tls

ingress(spec) := {"apiVersion": "networking.k8s.io/v1", "kind": "Ingress", "metadata": {"name": "i"}, "spec": spec}

test_ingress_without_tls_is_flagged if {
	vs := ingress_without_tls.violation with input as ingress({"rules": [{"host": "a.example.com"}]})
	{v.path | some v in vs} == {["spec"]}
}

test_ingress_with_tls_is_clean if {
	count(ingress_without_tls.violation) == 0 with input as ingress({"tls": [{"hosts": ["a.example.com"], "secretName": "a"}], "rules": [{"host": "a.example.com"}]})
}
