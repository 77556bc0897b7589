# Unit tests for terraform/iam-passrole-wildcard over plan-shaped input: PassRole on named roles, on "*", in any case, and through iam:Pass*.
package palisade.terraform.iam_passrole_wildcard_test

import data.palisade.terraform.iam_passrole_wildcard

test_pass_named_roles if {
	found := {v.path[1] | some v in iam_passrole_wildcard.violation} with input as {"resource_changes": [{"address": "aws_iam_role_policy.a", "mode": "managed", "type": "aws_iam_role_policy", "name": "a", "change": {"actions": ["create"], "after": {"policy": "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"iam:PassRole\", \"Resource\": \"arn:aws:iam::1:role/app\"}]}"}, "after_unknown": {}}}, {"address": "aws_iam_policy.b", "mode": "managed", "type": "aws_iam_policy", "name": "b", "change": {"actions": ["create"], "after": {"policy": "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": [\"s3:GetObject\"], \"Resource\": \"*\"}]}"}, "after_unknown": {}}}]}
	count(found) == 0
}

test_fail_any_role if {
	found := {v.path[1] | some v in iam_passrole_wildcard.violation} with input as {"resource_changes": [{"address": "aws_iam_role_policy.a", "mode": "managed", "type": "aws_iam_role_policy", "name": "a", "change": {"actions": ["create"], "after": {"policy": "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": [\"iam:passrole\"], \"Resource\": \"*\"}]}"}, "after_unknown": {}}}, {"address": "aws_iam_policy.b", "mode": "managed", "type": "aws_iam_policy", "name": "b", "change": {"actions": ["create"], "after": {"policy": "{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"iam:Pass*\", \"Resource\": [\"*\"]}}"}, "after_unknown": {}}}, {"address": "aws_iam_user_policy.c", "mode": "managed", "type": "aws_iam_user_policy", "name": "c", "change": {"actions": ["create"], "after": {"policy": "{\"Statement\": [{\"Effect\": \"Deny\", \"Action\": \"iam:PassRole\", \"Resource\": \"*\"}]}"}, "after_unknown": {}}}]}
	found == {0, 1}
}
