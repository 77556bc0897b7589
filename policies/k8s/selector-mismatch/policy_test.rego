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
