# Unit tests for terraform/elasticsearch-https-only over plan-shaped input: no endpoint options, enforce_https false, and enforced.
package palisade.terraform.elasticsearch_https_only_test

import data.palisade.terraform.elasticsearch_https_only

test_pass_enforced if {
	found := {v.path[1] | some v in elasticsearch_https_only.violation} with input as {"resource_changes": [{"address": "aws_opensearch_domain.a", "mode": "managed", "type": "aws_opensearch_domain", "name": "a", "change": {"actions": ["create"], "after": {"domain_endpoint_options": [{"enforce_https": true}]}, "after_unknown": {}}}]}
	count(found) == 0
}

test_fail_not_enforced if {
	found := {v.path[1] | some v in elasticsearch_https_only.violation} with input as {"resource_changes": [{"address": "aws_opensearch_domain.a", "mode": "managed", "type": "aws_opensearch_domain", "name": "a", "change": {"actions": ["create"], "after": {}, "after_unknown": {}}}, {"address": "aws_elasticsearch_domain.b", "mode": "managed", "type": "aws_elasticsearch_domain", "name": "b", "change": {"actions": ["create"], "after": {"domain_endpoint_options": [{"enforce_https": false}]}, "after_unknown": {}}}]}
	found == {0, 1}
}
