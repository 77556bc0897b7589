# Unit tests for terraform/cloudwatch-log-group-kms: the fixture cases, in miniature, and the edge
# cases (keys known only after apply, empty keys) that fixtures do not show.
package palisade.terraform.cloudwatch_log_group_kms_test

import data.palisade.terraform.cloudwatch_log_group_kms

_g(name, after, unknown) := {"address": sprintf("aws_cloudwatch_log_group.%s", [name]), "type": "aws_cloudwatch_log_group", "change": {"actions": ["create"], "after": after, "after_unknown": unknown}}

test_pass_customer_key if {
	found := {v.path | some v in cloudwatch_log_group_kms.violation} with input as {"resource_changes": [
		_g("arn", {"name": "/a", "kms_key_id": "arn:aws:kms:eu-west-1:123456789012:key/x"}, {}),
		_g("after_apply", {"name": "/b"}, {"kms_key_id": true}),
	]}
	count(found) == 0
}

test_fail_no_key if {
	found := {v.path | some v in cloudwatch_log_group_kms.violation} with input as {"resource_changes": [
		_g("none", {"name": "/a"}, {}),
		_g("empty", {"name": "/b", "kms_key_id": ""}, {}),
	]}
	found == {["resource_changes", 0, "change", "after"], ["resource_changes", 1, "change", "after", "kms_key_id"]}
}

test_fail_message_names_resource if {
	some v in cloudwatch_log_group_kms.violation with input as {"resource_changes": [_g("api", {"name": "/api"}, {})]}
	contains(v.msg, "aws_cloudwatch_log_group.api")
}
