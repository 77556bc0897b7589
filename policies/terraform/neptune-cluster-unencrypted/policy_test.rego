# Unit tests for terraform/neptune-cluster-unencrypted over plan-shaped input: missing, false, true and unknown.
package palisade.terraform.neptune_cluster_unencrypted_test

import data.palisade.terraform.neptune_cluster_unencrypted

test_pass_encrypted if {
	found := {v.path[1] | some v in neptune_cluster_unencrypted.violation} with input as {"resource_changes": [{"address": "aws_neptune_cluster.a", "mode": "managed", "type": "aws_neptune_cluster", "name": "a", "change": {"actions": ["create"], "after": {"storage_encrypted": true}, "after_unknown": {}}}, {"address": "aws_neptune_cluster.b", "mode": "managed", "type": "aws_neptune_cluster", "name": "b", "change": {"actions": ["create"], "after": {}, "after_unknown": {"storage_encrypted": true}}}]}
	count(found) == 0
}

test_fail_unencrypted if {
	found := {v.path[1] | some v in neptune_cluster_unencrypted.violation} with input as {"resource_changes": [{"address": "aws_neptune_cluster.a", "mode": "managed", "type": "aws_neptune_cluster", "name": "a", "change": {"actions": ["create"], "after": {}, "after_unknown": {}}}, {"address": "aws_neptune_cluster.b", "mode": "managed", "type": "aws_neptune_cluster", "name": "b", "change": {"actions": ["create"], "after": {"storage_encrypted": false}, "after_unknown": {}}}]}
	found == {0, 1}
}
