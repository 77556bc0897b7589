# Unit tests for terraform/gke-logging-disabled over plan-shaped input: the default, the current service, none and the legacy service.
package palisade.terraform.gke_logging_disabled_test

import data.palisade.terraform.gke_logging_disabled

test_pass_current if {
	found := {v.path[1] | some v in gke_logging_disabled.violation} with input as {"resource_changes": [{"address": "google_container_cluster.a", "mode": "managed", "type": "google_container_cluster", "name": "a", "change": {"actions": ["create"], "after": {}, "after_unknown": {}}}, {"address": "google_container_cluster.b", "mode": "managed", "type": "google_container_cluster", "name": "b", "change": {"actions": ["create"], "after": {"logging_service": "logging.googleapis.com/kubernetes", "monitoring_service": "monitoring.googleapis.com/kubernetes"}, "after_unknown": {}}}]}
	count(found) == 0
}

test_fail_none_or_legacy if {
	found := {v.path[1] | some v in gke_logging_disabled.violation} with input as {"resource_changes": [{"address": "google_container_cluster.a", "mode": "managed", "type": "google_container_cluster", "name": "a", "change": {"actions": ["create"], "after": {"logging_service": "none"}, "after_unknown": {}}}, {"address": "google_container_cluster.b", "mode": "managed", "type": "google_container_cluster", "name": "b", "change": {"actions": ["create"], "after": {"monitoring_service": "monitoring.googleapis.com"}, "after_unknown": {}}}]}
	found == {0, 1}
}
