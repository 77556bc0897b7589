# Unit tests for terraform/sqs-queue-encryption: the fixture cases, in miniature, and the edge cases
# (known-after-apply keys, explicit false) that fixtures do not show.
package palisade.terraform.sqs_queue_encryption_test

import data.palisade.terraform.sqs_queue_encryption

_q(name, after, unknown) := {"address": sprintf("aws_sqs_queue.%s", [name]), "type": "aws_sqs_queue", "change": {"actions": ["create"], "after": after, "after_unknown": unknown}}

test_pass_declared if {
	found := {v.path | some v in sqs_queue_encryption.violation} with input as {"resource_changes": [
		_q("kms", {"name": "a", "kms_master_key_id": "alias/queues"}, {}),
		_q("sse", {"name": "b", "sqs_managed_sse_enabled": true}, {}),
		_q("key_after_apply", {"name": "c"}, {"kms_master_key_id": true}),
		_q("sse_after_apply", {"name": "d"}, {"sqs_managed_sse_enabled": true}),
	]}
	count(found) == 0
}

test_fail_undeclared if {
	found := {v.path | some v in sqs_queue_encryption.violation} with input as {"resource_changes": [
		_q("none", {"name": "a"}, {}),
		_q("off", {"name": "b", "sqs_managed_sse_enabled": false}, {}),
		_q("empty_key", {"name": "c", "kms_master_key_id": ""}, {}),
	]}
	found == {
		["resource_changes", 0, "change", "after"],
		["resource_changes", 1, "change", "after", "sqs_managed_sse_enabled"],
		["resource_changes", 2, "change", "after", "kms_master_key_id"],
	}
}

test_fail_message_names_resource if {
	some v in sqs_queue_encryption.violation with input as {"resource_changes": [_q("orders", {"name": "orders"}, {})]}
	contains(v.msg, "aws_sqs_queue.orders")
}
