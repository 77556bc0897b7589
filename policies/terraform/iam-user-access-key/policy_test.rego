# Unit tests for terraform/iam-user-access-key over plan-shaped input: an active key, an inactive one.
package palisade.terraform.iam_user_access_key_test

import data.palisade.terraform.iam_user_access_key

test_pass_inactive if {
	found := {v.path[1] | some v in iam_user_access_key.violation} with input as {"resource_changes": [{"address": "aws_iam_access_key.a", "mode": "managed", "type": "aws_iam_access_key", "name": "a", "change": {"actions": ["create"], "after": {"user": "ci", "status": "Inactive"}, "after_unknown": {}}}]}
	count(found) == 0
}

test_fail_active if {
	found := {v.path[1] | some v in iam_user_access_key.violation} with input as {"resource_changes": [{"address": "aws_iam_access_key.a", "mode": "managed", "type": "aws_iam_access_key", "name": "a", "change": {"actions": ["create"], "after": {"user": "ci"}, "after_unknown": {}}}, {"address": "aws_iam_access_key.b", "mode": "managed", "type": "aws_iam_access_key", "name": "b", "change": {"actions": ["create"], "after": {"user": "ci", "status": "Active"}, "after_unknown": {}}}]}
	found == {0, 1}
}
