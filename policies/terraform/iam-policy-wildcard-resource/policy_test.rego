# Unit tests for terraform/iam-policy-wildcard-resource: the fixture cases, in miniature, and the edge cases
# (known-after-apply values, modules, deletions) that fixtures do not show.
package palisade.terraform.iam_policy_wildcard_resource_test

import data.palisade.terraform.iam_policy_wildcard_resource

test_pass_scoped if {
	found := {v.path | some v in iam_policy_wildcard_resource.violation} with input as {
		"resource_changes": [
			{"address": "aws_iam_policy.orders", "type": "aws_iam_policy", "change": {"actions": ["create"], "after": {"description": null, "name": "orders", "name_prefix": null, "path": "/", "policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": [\"dynamodb:GetItem\", \"dynamodb:PutItem\"], \"Resource\": \"arn:aws:dynamodb:eu-west-1:111122223333:table/orders\"}, {\"Effect\": \"Allow\", \"Action\": \"ec2:Describe*\", \"Resource\": \"*\"}]}"}, "after_unknown": {"id": true, "arn": true, "policy_id": true, "tags_all": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_iam_policy.orders", "mode": "managed", "type": "aws_iam_policy", "name": "orders", "provider_config_key": "aws", "expressions": {"name": {"constant_value": "orders"}, "path": {"constant_value": "/"}, "policy": {"constant_value": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": [\"dynamodb:GetItem\", \"dynamodb:PutItem\"], \"Resource\": \"arn:aws:dynamodb:eu-west-1:111122223333:table/orders\"}, {\"Effect\": \"Allow\", \"Action\": \"ec2:Describe*\", \"Resource\": \"*\"}]}"}}, "schema_version": 0}]}},
	}
	count(found) == 0
}

test_fail_service_wildcards if {
	found := {v.path | some v in iam_policy_wildcard_resource.violation} with input as {
		"resource_changes": [
			{"address": "aws_iam_policy.data", "type": "aws_iam_policy", "change": {"actions": ["create"], "after": {"description": null, "name": "data", "name_prefix": null, "path": "/", "policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": [\"s3:*\", \"dynamodb:*\"], \"Resource\": \"*\"}]}"}, "after_unknown": {"id": true, "arn": true, "policy_id": true, "tags_all": true}}},
			{"address": "aws_iam_user_policy.ops", "type": "aws_iam_user_policy", "change": {"actions": ["create"], "after": {"name": "ops", "policy": "{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"kms:*\", \"Resource\": [\"*\"]}}", "user": "ops"}, "after_unknown": {"id": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_iam_policy.data", "mode": "managed", "type": "aws_iam_policy", "name": "data", "provider_config_key": "aws", "expressions": {"name": {"constant_value": "data"}, "path": {"constant_value": "/"}, "policy": {"constant_value": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": [\"s3:*\", \"dynamodb:*\"], \"Resource\": \"*\"}]}"}}, "schema_version": 0}, {"address": "aws_iam_user_policy.ops", "mode": "managed", "type": "aws_iam_user_policy", "name": "ops", "provider_config_key": "aws", "expressions": {"name": {"constant_value": "ops"}, "policy": {"constant_value": "{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"kms:*\", \"Resource\": [\"*\"]}}"}, "user": {"constant_value": "ops"}}, "schema_version": 0}]}},
	}
	found == {["resource_changes", 0, "change", "after", "policy"], ["resource_changes", 1, "change", "after", "policy"]}
}

test_fail_service_wildcards_message_names_resource if {
	vs := iam_policy_wildcard_resource.violation with input as {
		"resource_changes": [
			{"address": "aws_iam_policy.data", "type": "aws_iam_policy", "change": {"actions": ["create"], "after": {"description": null, "name": "data", "name_prefix": null, "path": "/", "policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": [\"s3:*\", \"dynamodb:*\"], \"Resource\": \"*\"}]}"}, "after_unknown": {"id": true, "arn": true, "policy_id": true, "tags_all": true}}},
			{"address": "aws_iam_user_policy.ops", "type": "aws_iam_user_policy", "change": {"actions": ["create"], "after": {"name": "ops", "policy": "{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"kms:*\", \"Resource\": [\"*\"]}}", "user": "ops"}, "after_unknown": {"id": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_iam_policy.data", "mode": "managed", "type": "aws_iam_policy", "name": "data", "provider_config_key": "aws", "expressions": {"name": {"constant_value": "data"}, "path": {"constant_value": "/"}, "policy": {"constant_value": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": [\"s3:*\", \"dynamodb:*\"], \"Resource\": \"*\"}]}"}}, "schema_version": 0}, {"address": "aws_iam_user_policy.ops", "mode": "managed", "type": "aws_iam_user_policy", "name": "ops", "provider_config_key": "aws", "expressions": {"name": {"constant_value": "ops"}, "policy": {"constant_value": "{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"kms:*\", \"Resource\": [\"*\"]}}"}, "user": {"constant_value": "ops"}}, "schema_version": 0}]}},
	}
	some v in vs
	v.path == ["resource_changes", 0, "change", "after", "policy"]
	contains(v.msg, "aws_iam_policy.data")
}

test_admin_reported_elsewhere if {
	found := {v.path | some v in iam_policy_wildcard_resource.violation} with input as {
		"resource_changes": [
			{"address": "aws_iam_policy.admin", "type": "aws_iam_policy", "change": {"actions": ["create"], "after": {"description": null, "name": "admin", "name_prefix": null, "path": "/", "policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}]}"}, "after_unknown": {"id": true, "arn": true, "policy_id": true, "tags_all": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_iam_policy.admin", "mode": "managed", "type": "aws_iam_policy", "name": "admin", "provider_config_key": "aws", "expressions": {"name": {"constant_value": "admin"}, "path": {"constant_value": "/"}, "policy": {"constant_value": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}]}"}}, "schema_version": 0}]}},
	}
	count(found) == 0
}
