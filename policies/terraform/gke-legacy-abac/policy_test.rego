# Unit tests for terraform/gke-legacy-abac over plan-shaped input: the default, false and true.
package palisade.terraform.gke_legacy_abac_test

import data.palisade.terraform.gke_legacy_abac

test_pass_rbac_only if {
	found := {v.path[1] | some v in gke_legacy_abac.violation} with input as {"resource_changes": [{"address": "google_container_cluster.a", "mode": "managed", "type": "google_container_cluster", "name": "a", "change": {"actions": ["create"], "after": {}, "after_unknown": {}}}, {"address": "google_container_cluster.b", "mode": "managed", "type": "google_container_cluster", "name": "b", "change": {"actions": ["create"], "after": {"enable_legacy_abac": false}, "after_unknown": {}}}]}
	count(found) == 0
}

test_fail_abac if {
	found := {v.path[1] | some v in gke_legacy_abac.violation} with input as {"resource_changes": [{"address": "google_container_cluster.a", "mode": "managed", "type": "google_container_cluster", "name": "a", "change": {"actions": ["create"], "after": {"enable_legacy_abac": true}, "after_unknown": {}}}, {"address": "google_container_cluster.b", "mode": "managed", "type": "google_container_cluster", "name": "b", "change": {"actions": ["create"], "after": {"enable_legacy_abac": false}, "after_unknown": {}}}]}
	found == {0}
}
