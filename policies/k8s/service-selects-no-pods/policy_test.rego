package palisade.k8s.service_selects_no_pods_test

import data.palisade.k8s.service_selects_no_pods

service(selector) := {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "web"}, "spec": {"selector": selector, "ports": [{"port": 80}]}}

pods := {"namespace": {"default": {"apps/v1": {"Deployment": {"web": {
	"kind": "Deployment", "metadata": {"name": "web"},
	"spec": {"template": {"metadata": {"labels": {"app": "web", "tier": "front"}}, "spec": {"containers": [{"name": "c"}]}}},
}}}}}}

test_selector_matching_nothing_is_flagged if {
	vs := service_selects_no_pods.violation with input as service({"app": "frontend"}) with data.inventory as pods
	count(vs) == 1
	some v in vs
	v.path == ["spec", "selector"]
}

test_selector_matching_a_template_is_clean if {
	count(service_selects_no_pods.violation) == 0 with input as service({"app": "web"}) with data.inventory as pods
}

test_every_selector_label_must_match if {
	count(service_selects_no_pods.violation) == 1 with input as service({"app": "web", "tier": "back"}) with data.inventory as pods
}

test_services_without_selector_are_not_judged if {
	count(service_selects_no_pods.violation) == 0 with input as {"kind": "Service", "spec": {"ports": [{"port": 80}]}} with data.inventory as pods
	count(service_selects_no_pods.violation) == 0 with input as {"kind": "Service", "spec": {"type": "ExternalName", "selector": {"a": "b"}}} with data.inventory as pods
}

test_labels_the_controller_adds_are_taken_as_present if {
	sts := {"namespace": {"default": {"apps/v1": {"StatefulSet": {"redis": {
		"kind": "StatefulSet", "metadata": {"name": "redis"},
		"spec": {"template": {"metadata": {"labels": {"app": "redis"}}, "spec": {"containers": [{"name": "c"}]}}},
	}}}}}}
	count(service_selects_no_pods.violation) == 0 with input as service({"app": "redis", "statefulset.kubernetes.io/pod-name": "redis-0"}) with data.inventory as sts
	count(service_selects_no_pods.violation) == 1 with input as service({"app": "redis", "pod-template-hash": "abc"}) with data.inventory as sts
}
