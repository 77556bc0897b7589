package palisade.k8s.selector_mismatch_test

import data.palisade.k8s.selector_mismatch

deployment(selector, labels) := {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "d"}, "spec": {"selector": {"matchLabels": selector}, "template": {"metadata": {"labels": labels}, "spec": {"containers": []}}}}

test_mismatches_are_flagged if {
	vs := selector_mismatch.violation with input as deployment({"app": "orders", "tier": "api"}, {"app": "order", "tier": "api"})
	{v.path | some v in vs} == {["spec", "selector", "matchLabels", "app"]}
}

test_matching_labels_are_clean if {
	count(selector_mismatch.violation) == 0 with input as deployment({"app": "orders"}, {"app": "orders", "version": "4"})
}

test_expressions_and_other_kinds_are_checked if {
	d := deployment({}, {"app": "orders"})
	expr := json.patch(d, [{"op": "add", "path": "/spec/selector/matchExpressions", "value": [{"key": "app", "operator": "In", "values": ["cart"]}, {"key": "tier", "operator": "DoesNotExist"}]}])
	{v.path | some v in selector_mismatch.violation} == {["spec", "selector", "matchExpressions", 0]} with input as expr
	rc := {"apiVersion": "v1", "kind": "ReplicationController", "metadata": {"name": "r"}, "spec": {"selector": {"app": "a"}, "template": {"metadata": {"labels": {"app": "b"}}, "spec": {"containers": []}}}}
	{v.path | some v in selector_mismatch.violation} == {["spec", "selector", "app"]} with input as rc
}

test_cronjob_and_deploymentconfig_selectors_are_checked if {
	cj := {"apiVersion": "batch/v1", "kind": "CronJob", "metadata": {"name": "c"}, "spec": {"jobTemplate": {"spec": {"selector": {"matchLabels": {"app": "a"}}, "template": {"metadata": {"labels": {"app": "b"}}, "spec": {"containers": []}}}}}}
	{v.path | some v in selector_mismatch.violation} == {["spec", "jobTemplate", "spec", "selector", "matchLabels", "app"]} with input as cj
	dc := {"apiVersion": "apps.openshift.io/v1", "kind": "DeploymentConfig", "metadata": {"name": "d"}, "spec": {"selector": {"app": "a"}, "template": {"spec": {"containers": []}}}}
	{v.path | some v in selector_mismatch.violation} == {["spec", "selector", "app"]} with input as dc
}

test_pods_and_services_have_no_template_selector if {
	pod := {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p", "labels": {"app": "b"}}, "spec": {"selector": {"app": "a"}, "containers": []}}
	count(selector_mismatch.violation) == 0 with input as pod
	svc := {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "s"}, "spec": {"selector": {"app": "a"}}}
	count(selector_mismatch.violation) == 0 with input as svc
}
