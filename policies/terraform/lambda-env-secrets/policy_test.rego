# Unit tests for terraform/lambda-env-secrets over plan-shaped input: a literal password, a secret ARN reference and a non-secret name.
package palisade.terraform.lambda_env_secrets_test

import data.palisade.terraform.lambda_env_secrets

test_pass_reference_and_plain_names if {
	found := {v.path[1] | some v in lambda_env_secrets.violation} with input as {"resource_changes": [{"address": "aws_lambda_function.a", "mode": "managed", "type": "aws_lambda_function", "name": "a", "change": {"actions": ["create"], "after": {"environment": [{"variables": {"LOG_LEVEL": "debug", "DB_PASSWORD_SECRET_ARN": "arn:aws:secretsmanager:eu-west-1:1:secret:db"}}]}, "after_unknown": {}}}, {"address": "aws_lambda_function.b", "mode": "managed", "type": "aws_lambda_function", "name": "b", "change": {"actions": ["create"], "after": {"environment": [{"variables": {}}]}, "after_unknown": {"environment": [{"variables": {"API_TOKEN": true}}]}}}]}
	count(found) == 0
}

test_fail_literal_credential if {
	found := {v.path[1] | some v in lambda_env_secrets.violation} with input as {"resource_changes": [{"address": "aws_lambda_function.a", "mode": "managed", "type": "aws_lambda_function", "name": "a", "change": {"actions": ["create"], "after": {"environment": [{"variables": {"LOG_LEVEL": "debug", "DB_PASSWORD": "hunter2-prod"}}]}, "after_unknown": {}}}, {"address": "aws_lambda_function.b", "mode": "managed", "type": "aws_lambda_function", "name": "b", "change": {"actions": ["create"], "after": {"environment": [{"variables": {"STRIPE_API_KEY": "sk_live_51Habc"}}]}, "after_unknown": {}}}]}
	found == {0, 1}
}

test_fail_in_tf_json_map_form if {
	found := {v.path | some v in lambda_env_secrets.violation} with input as {"resource_changes": [{"address": "aws_lambda_function.f", "type": "aws_lambda_function", "change": {"actions": ["create"], "after": {"environment": {"variables": {"DB_PASSWORD": "hunter2-prod"}}}, "after_unknown": {}}}]}
	found == {["resource_changes", 0, "change", "after", "environment", "variables", "DB_PASSWORD"]}
}
