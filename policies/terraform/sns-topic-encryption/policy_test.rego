# Unit tests for terraform/sns-topic-encryption: the fixture cases, in miniature, and the edge cases
# (keys known only after apply, empty keys) that fixtures do not show.
package palisade.terraform.sns_topic_encryption_test

import data.palisade.terraform.sns_topic_encryption

_t(name, after, unknown) := {"address": sprintf("aws_sns_topic.%s", [name]), "type": "aws_sns_topic", "change": {"actions": ["create"], "after": after, "after_unknown": unknown}}

test_pass_kms_key if {
	found := {v.path | some v in sns_topic_encryption.violation} with input as {"resource_changes": [
		_t("managed", {"name": "a", "kms_master_key_id": "alias/aws/sns"}, {}),
		_t("after_apply", {"name": "b"}, {"kms_master_key_id": true}),
	]}
	count(found) == 0
}

test_fail_unencrypted if {
	found := {v.path | some v in sns_topic_encryption.violation} with input as {"resource_changes": [
		_t("none", {"name": "a"}, {}),
		_t("empty", {"name": "b", "kms_master_key_id": ""}, {}),
	]}
	found == {["resource_changes", 0, "change", "after"], ["resource_changes", 1, "change", "after", "kms_master_key_id"]}
}

test_fail_message_names_resource if {
	some v in sns_topic_encryption.violation with input as {"resource_changes": [_t("alerts", {"name": "alerts"}, {})]}
	contains(v.msg, "aws_sns_topic.alerts")
}
