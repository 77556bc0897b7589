# Unit tests for terraform/kms-key-policy-public over plan-shaped input: named principals, a conditioned "*", and "*" in both spellings.
package palisade.terraform.kms_key_policy_public_test

import data.palisade.terraform.kms_key_policy_public

test_pass_named_or_conditioned if {
	found := {v.path[1] | some v in kms_key_policy_public.violation} with input as {"resource_changes": [{"address": "aws_kms_key.a", "mode": "managed", "type": "aws_kms_key", "name": "a", "change": {"actions": ["create"], "after": {"policy": "{\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"arn:aws:iam::1:root\"}, \"Action\": \"kms:*\", \"Resource\": \"*\"}]}"}, "after_unknown": {}}}, {"address": "aws_kms_key_policy.b", "mode": "managed", "type": "aws_kms_key_policy", "name": "b", "change": {"actions": ["create"], "after": {"policy": "{\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"kms:Decrypt\", \"Resource\": \"*\", \"Condition\": {\"StringEquals\": {\"aws:PrincipalOrgID\": \"o-1\"}}}]}"}, "after_unknown": {}}}, {"address": "aws_kms_key.c", "mode": "managed", "type": "aws_kms_key", "name": "c", "change": {"actions": ["create"], "after": {}, "after_unknown": {}}}]}
	count(found) == 0
}

test_fail_any_principal if {
	found := {v.path[1] | some v in kms_key_policy_public.violation} with input as {"resource_changes": [{"address": "aws_kms_key.a", "mode": "managed", "type": "aws_kms_key", "name": "a", "change": {"actions": ["create"], "after": {"policy": "{\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"*\"}, \"Action\": [\"kms:*\"], \"Resource\": \"*\"}]}"}, "after_unknown": {}}}, {"address": "aws_kms_key.b", "mode": "managed", "type": "aws_kms_key", "name": "b", "change": {"actions": ["create"], "after": {"policy": "{\"Statement\": {\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"kms:Decrypt\", \"Resource\": \"*\"}}"}, "after_unknown": {}}}]}
	found == {0, 1}
}
