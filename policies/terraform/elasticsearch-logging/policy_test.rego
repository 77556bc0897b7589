# Unit tests for terraform/elasticsearch-logging over plan-shaped input: no options, options all disabled, one enabled.
package palisade.terraform.elasticsearch_logging_test

import data.palisade.terraform.elasticsearch_logging

test_pass_publishing if {
	found := {v.path[1] | some v in elasticsearch_logging.violation} with input as {"resource_changes": [{"address": "aws_opensearch_domain.a", "mode": "managed", "type": "aws_opensearch_domain", "name": "a", "change": {"actions": ["create"], "after": {"log_publishing_options": [{"log_type": "AUDIT_LOGS", "enabled": true}]}, "after_unknown": {}}}]}
	count(found) == 0
}

test_fail_none_or_disabled if {
	found := {v.path[1] | some v in elasticsearch_logging.violation} with input as {"resource_changes": [{"address": "aws_opensearch_domain.a", "mode": "managed", "type": "aws_opensearch_domain", "name": "a", "change": {"actions": ["create"], "after": {}, "after_unknown": {}}}, {"address": "aws_elasticsearch_domain.b", "mode": "managed", "type": "aws_elasticsearch_domain", "name": "b", "change": {"actions": ["create"], "after": {"log_publishing_options": [{"log_type": "AUDIT_LOGS", "enabled": false}]}, "after_unknown": {}}}]}
	found == {0, 1}
}
