# Unit tests for terraform/elasticsearch-node-to-node-encryption over plan-shaped input: a missing block, an explicit false and an enabled one.
package palisade.terraform.elasticsearch_node_to_node_encryption_test

import data.palisade.terraform.elasticsearch_node_to_node_encryption

test_pass_enabled if {
	found := {v.path[1] | some v in elasticsearch_node_to_node_encryption.violation} with input as {"resource_changes": [{"address": "aws_opensearch_domain.a", "mode": "managed", "type": "aws_opensearch_domain", "name": "a", "change": {"actions": ["create"], "after": {"node_to_node_encryption": [{"enabled": true}]}, "after_unknown": {}}}]}
	count(found) == 0
}

test_fail_missing_or_false if {
	found := {v.path[1] | some v in elasticsearch_node_to_node_encryption.violation} with input as {"resource_changes": [{"address": "aws_opensearch_domain.a", "mode": "managed", "type": "aws_opensearch_domain", "name": "a", "change": {"actions": ["create"], "after": {}, "after_unknown": {}}}, {"address": "aws_elasticsearch_domain.b", "mode": "managed", "type": "aws_elasticsearch_domain", "name": "b", "change": {"actions": ["create"], "after": {"node_to_node_encryption": [{"enabled": false}]}, "after_unknown": {}}}]}
	found == {0, 1}
}
