package palisade.k8s.network_policy_selects_nothing_test

import data.palisade.k8s.network_policy_selects_nothing

policy(selector) := {"apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy", "metadata": {"name": "np"}, "spec": {"podSelector": selector, "policyTypes": ["Ingress"]}}

pods := {"namespace": {"default": {"v1": {"Pod": {"web": {"kind": "Pod", "metadata": {"name": "web", "labels": {"app": "web", "tier": "front"}}, "spec": {"containers": [{"name": "c"}]}}}}}}}

test_selector_matching_nothing_is_flagged if {
	vs := network_policy_selects_nothing.violation with input as policy({"matchLabels": {"app": "api"}}) with data.inventory as pods
	count(vs) == 1
	some v in vs
	v.path == ["spec", "podSelector"]
}

test_match_expressions_are_evaluated if {
	count(network_policy_selects_nothing.violation) == 0 with input as policy({"matchExpressions": [{"key": "tier", "operator": "In", "values": ["front", "back"]}]}) with data.inventory as pods
	count(network_policy_selects_nothing.violation) == 0 with input as policy({"matchExpressions": [{"key": "team", "operator": "DoesNotExist"}]}) with data.inventory as pods
	count(network_policy_selects_nothing.violation) == 0 with input as policy({"matchExpressions": [{"key": "team", "operator": "NotIn", "values": ["x"]}]}) with data.inventory as pods
	count(network_policy_selects_nothing.violation) == 1 with input as policy({"matchExpressions": [{"key": "tier", "operator": "NotIn", "values": ["front"]}]}) with data.inventory as pods
	count(network_policy_selects_nothing.violation) == 1 with input as policy({"matchExpressions": [{"key": "team", "operator": "Exists"}]}) with data.inventory as pods
}

test_empty_selector_is_not_judged if {
	count(network_policy_selects_nothing.violation) == 0 with input as policy({}) with data.inventory as {"namespace": {}, "cluster": {}}
}
