package palisade.k8s.pod_not_isolated_test

import data.palisade.k8s.pod_not_isolated

deployment := {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web", "namespace": "shop"}, "spec": {"template": {"metadata": {"labels": {"app": "web"}}, "spec": {"containers": [{"name": "c"}]}}}}

policies(selector) := {"namespace": {"shop": {"networking.k8s.io/v1": {"NetworkPolicy": {"np": {"kind": "NetworkPolicy", "spec": {"podSelector": selector}}}}}}}

test_unselected_pods_are_flagged if {
	vs := pod_not_isolated.violation with input as deployment with data.inventory as policies({"matchLabels": {"app": "api"}})
	count(vs) == 1
	some v in vs
	v.path == ["spec", "template"]
}

test_selected_pods_are_clean if {
	count(pod_not_isolated.violation) == 0 with input as deployment with data.inventory as policies({"matchLabels": {"app": "web"}})
	count(pod_not_isolated.violation) == 0 with input as deployment with data.inventory as policies({})
}

test_a_bare_pod_is_reported_on_its_spec if {
	pod := {"kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": [{"name": "c"}]}}
	vs := pod_not_isolated.violation with input as pod with data.inventory as {"namespace": {}, "cluster": {}}
	some v in vs
	v.path == []
}
