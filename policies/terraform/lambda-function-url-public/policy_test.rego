# Unit tests for terraform/lambda-function-url-public over plan-shaped input: AWS_IAM and NONE.
package palisade.terraform.lambda_function_url_public_test

import data.palisade.terraform.lambda_function_url_public

test_pass_iam if {
	found := {v.path[1] | some v in lambda_function_url_public.violation} with input as {"resource_changes": [{"address": "aws_lambda_function_url.a", "mode": "managed", "type": "aws_lambda_function_url", "name": "a", "change": {"actions": ["create"], "after": {"authorization_type": "AWS_IAM"}, "after_unknown": {}}}]}
	count(found) == 0
}

test_fail_none if {
	found := {v.path[1] | some v in lambda_function_url_public.violation} with input as {"resource_changes": [{"address": "aws_lambda_function_url.a", "mode": "managed", "type": "aws_lambda_function_url", "name": "a", "change": {"actions": ["create"], "after": {"authorization_type": "NONE"}, "after_unknown": {}}}, {"address": "aws_lambda_function_url.b", "mode": "managed", "type": "aws_lambda_function_url", "name": "b", "change": {"actions": ["create"], "after": {"authorization_type": "AWS_IAM"}, "after_unknown": {}}}]}
	found == {0}
}
