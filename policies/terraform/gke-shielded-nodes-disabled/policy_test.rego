# Unit tests for terraform/gke-shielded-nodes-disabled over plan-shaped input: the default, true and false.
package palisade.terraform.gke_shielded_nodes_disabled_test

import data.palisade.terraform.gke_shielded_nodes_disabled

test_pass_shielded if {
	found := {v.path[1] | some v in gke_shielded_nodes_disabled.violation} with input as {"resource_changes": [{"address": "google_container_cluster.a", "mode": "managed", "type": "google_container_cluster", "name": "a", "change": {"actions": ["create"], "after": {}, "after_unknown": {}}}, {"address": "google_container_cluster.b", "mode": "managed", "type": "google_container_cluster", "name": "b", "change": {"actions": ["create"], "after": {"enable_shielded_nodes": true}, "after_unknown": {}}}]}
	count(found) == 0
}

test_fail_unshielded if {
	found := {v.path[1] | some v in gke_shielded_nodes_disabled.violation} with input as {"resource_changes": [{"address": "google_container_cluster.a", "mode": "managed", "type": "google_container_cluster", "name": "a", "change": {"actions": ["create"], "after": {"enable_shielded_nodes": false}, "after_unknown": {}}}]}
	found == {0}
}
