# Unit tests for terraform/ebs-default-encryption-disabled: the fixture cases, in miniature, and
# the edge cases (default, known after apply) that fixtures do not show.
package palisade.terraform.ebs_default_encryption_disabled_test

import data.palisade.terraform.ebs_default_encryption_disabled

_e(name, after, unknown) := {"address": sprintf("aws_ebs_encryption_by_default.%s", [name]), "type": "aws_ebs_encryption_by_default", "change": {"actions": ["create"], "after": after, "after_unknown": unknown}}

test_pass_enabled if {
	found := {v.path | some v in ebs_default_encryption_disabled.violation} with input as {"resource_changes": [
		_e("on", {"enabled": true}, {}),
		_e("default", {}, {}),
		_e("after_apply", {}, {"enabled": true}),
	]}
	count(found) == 0
}

test_fail_disabled if {
	found := {v.path | some v in ebs_default_encryption_disabled.violation} with input as {"resource_changes": [_e("off", {"enabled": false}, {})]}
	found == {["resource_changes", 0, "change", "after", "enabled"]}
}

test_fail_message_names_resource if {
	some v in ebs_default_encryption_disabled.violation with input as {"resource_changes": [_e("this", {"enabled": false}, {})]}
	contains(v.msg, "aws_ebs_encryption_by_default.this")
}
