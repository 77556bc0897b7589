# Unit tests for terraform/cloudtrail-logging-disabled: the fixture cases, in miniature, and the
# edge cases (default, known after apply) that fixtures do not show.
package palisade.terraform.cloudtrail_logging_disabled_test

import data.palisade.terraform.cloudtrail_logging_disabled

_t(name, after, unknown) := {"address": sprintf("aws_cloudtrail.%s", [name]), "type": "aws_cloudtrail", "change": {"actions": ["create"], "after": after, "after_unknown": unknown}}

test_pass_logging if {
	found := {v.path | some v in cloudtrail_logging_disabled.violation} with input as {"resource_changes": [
		_t("on", {"enable_logging": true}, {}),
		_t("default", {"name": "x"}, {}),
		_t("after_apply", {"name": "y"}, {"enable_logging": true}),
	]}
	count(found) == 0
}

test_fail_logging_off if {
	found := {v.path | some v in cloudtrail_logging_disabled.violation} with input as {"resource_changes": [_t("off", {"enable_logging": false}, {})]}
	found == {["resource_changes", 0, "change", "after", "enable_logging"]}
}

test_fail_message_names_resource if {
	some v in cloudtrail_logging_disabled.violation with input as {"resource_changes": [_t("main", {"enable_logging": false}, {})]}
	contains(v.msg, "aws_cloudtrail.main")
}
