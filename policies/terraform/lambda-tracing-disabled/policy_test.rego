# Unit tests for terraform/lambda-tracing-disabled over plan-shaped input: no tracing block, PassThrough mode, Active mode.
package palisade.terraform.lambda_tracing_disabled_test

import data.palisade.terraform.lambda_tracing_disabled

test_pass_active if {
	found := {v.path[1] | some v in lambda_tracing_disabled.violation} with input as {"resource_changes": [{"address": "aws_lambda_function.a", "mode": "managed", "type": "aws_lambda_function", "name": "a", "change": {"actions": ["create"], "after": {"tracing_config": [{"mode": "Active"}]}, "after_unknown": {}}}]}
	count(found) == 0
}

test_fail_not_active if {
	found := {v.path[1] | some v in lambda_tracing_disabled.violation} with input as {"resource_changes": [{"address": "aws_lambda_function.a", "mode": "managed", "type": "aws_lambda_function", "name": "a", "change": {"actions": ["create"], "after": {}, "after_unknown": {}}}, {"address": "aws_lambda_function.b", "mode": "managed", "type": "aws_lambda_function", "name": "b", "change": {"actions": ["create"], "after": {"tracing_config": [{"mode": "PassThrough"}]}, "after_unknown": {}}}]}
	found == {0, 1}
}
