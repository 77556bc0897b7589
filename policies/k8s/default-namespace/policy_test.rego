package palisade.k8s.default_namespace_test

import data.palisade.k8s.default_namespace

test_explicit_default_namespace_is_flagged if {
	vs := default_namespace.violation with input as {"kind": "Deployment", "metadata": {"name": "web", "namespace": "default"}}
	count(vs) == 1
	some v in vs
	v.path == ["metadata", "namespace"]
	v.msg == `Deployment "web" is placed in the default namespace; give it a dedicated namespace`
}

test_other_or_no_namespace_and_exceptions_are_clean if {
	count(default_namespace.violation) == 0 with input as {"kind": "Deployment", "metadata": {"name": "web", "namespace": "shop"}}
	count(default_namespace.violation) == 0 with input as {"kind": "Deployment", "metadata": {"name": "web"}}
	count(default_namespace.violation) == 0 with input as {"kind": "ClusterRole", "metadata": {"name": "r", "namespace": "default"}}
	count(default_namespace.violation) == 0 with input as {"kind": "Service", "metadata": {"name": "kubernetes", "namespace": "default"}}
}
