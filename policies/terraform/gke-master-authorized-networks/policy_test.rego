# Unit tests for terraform/gke-master-authorized-networks over plan-shaped input: authorized networks, a private endpoint, and neither.
package palisade.terraform.gke_master_authorized_networks_test

import data.palisade.terraform.gke_master_authorized_networks

test_pass_restricted if {
	found := {v.path[1] | some v in gke_master_authorized_networks.violation} with input as {"resource_changes": [{"address": "google_container_cluster.a", "mode": "managed", "type": "google_container_cluster", "name": "a", "change": {"actions": ["create"], "after": {"master_authorized_networks_config": [{"cidr_blocks": [{"cidr_block": "203.0.113.0/24"}]}]}, "after_unknown": {}}}, {"address": "google_container_cluster.b", "mode": "managed", "type": "google_container_cluster", "name": "b", "change": {"actions": ["create"], "after": {"private_cluster_config": [{"enable_private_endpoint": true}]}, "after_unknown": {}}}]}
	count(found) == 0
}

test_fail_open if {
	found := {v.path[1] | some v in gke_master_authorized_networks.violation} with input as {"resource_changes": [{"address": "google_container_cluster.a", "mode": "managed", "type": "google_container_cluster", "name": "a", "change": {"actions": ["create"], "after": {}, "after_unknown": {}}}, {"address": "google_container_cluster.b", "mode": "managed", "type": "google_container_cluster", "name": "b", "change": {"actions": ["create"], "after": {"master_authorized_networks_config": []}, "after_unknown": {}}}]}
	found == {0, 1}
}
