package palisade.k8s.hpa_target_missing_test

import data.palisade.k8s.hpa_target_missing

hpa(kind, name) := {
	"apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler",
	"metadata": {"name": "web"},
	"spec": {"scaleTargetRef": {"apiVersion": "apps/v1", "kind": kind, "name": name}, "maxReplicas": 5},
}

web := {"namespace": {"default": {"apps/v1": {"Deployment": {"web": {"kind": "Deployment", "metadata": {"name": "web"}}}}}}}

test_missing_target_is_flagged if {
	vs := hpa_target_missing.violation with input as hpa("Deployment", "api") with data.inventory as web
	count(vs) == 1
	some v in vs
	v.path == ["spec", "scaleTargetRef", "name"]
}

test_existing_target_is_clean if {
	count(hpa_target_missing.violation) == 0 with input as hpa("Deployment", "web") with data.inventory as web
}

test_the_kind_must_match_too if {
	count(hpa_target_missing.violation) == 1 with input as hpa("StatefulSet", "web") with data.inventory as web
}

test_custom_targets_are_not_judged if {
	count(hpa_target_missing.violation) == 0 with input as hpa("Canary", "web") with data.inventory as web
}
