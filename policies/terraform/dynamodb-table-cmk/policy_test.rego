# Unit tests for terraform/dynamodb-table-cmk over plan-shaped input: no block, enabled false, enabled true.
package palisade.terraform.dynamodb_table_cmk_test

import data.palisade.terraform.dynamodb_table_cmk

test_pass_kms if {
	found := {v.path[1] | some v in dynamodb_table_cmk.violation} with input as {"resource_changes": [{"address": "aws_dynamodb_table.a", "mode": "managed", "type": "aws_dynamodb_table", "name": "a", "change": {"actions": ["create"], "after": {"server_side_encryption": [{"enabled": true}]}, "after_unknown": {}}}]}
	count(found) == 0
}

test_fail_aws_owned_key if {
	found := {v.path[1] | some v in dynamodb_table_cmk.violation} with input as {"resource_changes": [{"address": "aws_dynamodb_table.a", "mode": "managed", "type": "aws_dynamodb_table", "name": "a", "change": {"actions": ["create"], "after": {}, "after_unknown": {}}}, {"address": "aws_dynamodb_table.b", "mode": "managed", "type": "aws_dynamodb_table", "name": "b", "change": {"actions": ["create"], "after": {"server_side_encryption": [{"enabled": false}]}, "after_unknown": {}}}]}
	found == {0, 1}
}
