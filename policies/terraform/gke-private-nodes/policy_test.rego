# Unit tests for terraform/gke-private-nodes over plan-shaped input: no private config, private nodes off, and on.
package palisade.terraform.gke_private_nodes_test

import data.palisade.terraform.gke_private_nodes

test_pass_private if {
	found := {v.path[1] | some v in gke_private_nodes.violation} with input as {"resource_changes": [{"address": "google_container_cluster.a", "mode": "managed", "type": "google_container_cluster", "name": "a", "change": {"actions": ["create"], "after": {"private_cluster_config": [{"enable_private_nodes": true}]}, "after_unknown": {}}}]}
	count(found) == 0
}

test_fail_public_nodes if {
	found := {v.path[1] | some v in gke_private_nodes.violation} with input as {"resource_changes": [{"address": "google_container_cluster.a", "mode": "managed", "type": "google_container_cluster", "name": "a", "change": {"actions": ["create"], "after": {}, "after_unknown": {}}}, {"address": "google_container_cluster.b", "mode": "managed", "type": "google_container_cluster", "name": "b", "change": {"actions": ["create"], "after": {"private_cluster_config": [{"enable_private_nodes": false, "enable_private_endpoint": false}]}, "after_unknown": {}}}]}
	found == {0, 1}
}
