# Unit tests for terraform/elasticsearch-encryption-at-rest over plan-shaped input: a missing block, an explicit false and an unknown value.
package palisade.terraform.elasticsearch_encryption_at_rest_test

import data.palisade.terraform.elasticsearch_encryption_at_rest

test_pass_encrypted if {
	found := {v.path[1] | some v in elasticsearch_encryption_at_rest.violation} with input as {"resource_changes": [{"address": "aws_opensearch_domain.a", "mode": "managed", "type": "aws_opensearch_domain", "name": "a", "change": {"actions": ["create"], "after": {"encrypt_at_rest": [{"enabled": true}]}, "after_unknown": {}}}, {"address": "aws_elasticsearch_domain.b", "mode": "managed", "type": "aws_elasticsearch_domain", "name": "b", "change": {"actions": ["create"], "after": {"encrypt_at_rest": [{}]}, "after_unknown": {"encrypt_at_rest": [{"enabled": true}]}}}]}
	count(found) == 0
}

test_fail_missing_or_false if {
	found := {v.path[1] | some v in elasticsearch_encryption_at_rest.violation} with input as {"resource_changes": [{"address": "aws_elasticsearch_domain.a", "mode": "managed", "type": "aws_elasticsearch_domain", "name": "a", "change": {"actions": ["create"], "after": {"encrypt_at_rest": []}, "after_unknown": {}}}, {"address": "aws_opensearch_domain.b", "mode": "managed", "type": "aws_opensearch_domain", "name": "b", "change": {"actions": ["create"], "after": {"encrypt_at_rest": [{"enabled": false}]}, "after_unknown": {}}}, {"address": "aws_opensearch_domain.c", "mode": "managed", "type": "aws_opensearch_domain", "name": "c", "change": {"actions": ["create"], "after": {"encrypt_at_rest": [{"enabled": true}]}, "after_unknown": {}}}]}
	found == {0, 1}
}
