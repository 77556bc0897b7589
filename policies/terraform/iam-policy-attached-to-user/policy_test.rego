# Unit tests for terraform/iam-policy-attached-to-user: the fixture cases, in miniature, and the edge cases
# (known-after-apply values, modules, deletions) that fixtures do not show.
package palisade.terraform.iam_policy_attached_to_user_test

import data.palisade.terraform.iam_policy_attached_to_user

test_pass_groups if {
	found := {v.path | some v in iam_policy_attached_to_user.violation} with input as {
		"resource_changes": [
			{"address": "aws_iam_group_policy_attachment.deployers", "type": "aws_iam_group_policy_attachment", "change": {"actions": ["create"], "after": {"group": "deployers", "policy_arn": "arn:aws:iam::aws:policy/ReadOnlyAccess"}, "after_unknown": {"id": true}}},
			{"address": "aws_iam_user_group_membership.ci", "type": "aws_iam_user_group_membership", "change": {"actions": ["create"], "after": {"groups": ["deployers"], "user": "ci"}, "after_unknown": {"id": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_iam_group_policy_attachment.deployers", "mode": "managed", "type": "aws_iam_group_policy_attachment", "name": "deployers", "provider_config_key": "aws", "expressions": {"group": {"constant_value": "deployers"}, "policy_arn": {"constant_value": "arn:aws:iam::aws:policy/ReadOnlyAccess"}}, "schema_version": 0}, {"address": "aws_iam_user_group_membership.ci", "mode": "managed", "type": "aws_iam_user_group_membership", "name": "ci", "provider_config_key": "aws", "expressions": {"groups": {"constant_value": ["deployers"]}, "user": {"constant_value": "ci"}}, "schema_version": 0}]}},
	}
	count(found) == 0
}

test_fail_direct if {
	found := {v.path | some v in iam_policy_attached_to_user.violation} with input as {
		"resource_changes": [
			{"address": "aws_iam_user_policy_attachment.ci", "type": "aws_iam_user_policy_attachment", "change": {"actions": ["create"], "after": {"policy_arn": "arn:aws:iam::aws:policy/AdministratorAccess", "user": "ci"}, "after_unknown": {"id": true}}},
			{"address": "aws_iam_user_policy.ops", "type": "aws_iam_user_policy", "change": {"actions": ["create"], "after": {"name": "ops", "policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:ListAllMyBuckets\", \"Resource\": \"*\"}]}", "user": "ops"}, "after_unknown": {"id": true}}},
			{"address": "aws_iam_policy_attachment.legacy", "type": "aws_iam_policy_attachment", "change": {"actions": ["create"], "after": {"groups": [], "name": "legacy", "policy_arn": "arn:aws:iam::aws:policy/ReadOnlyAccess", "roles": [], "users": ["alice", "bob"]}, "after_unknown": {"id": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_iam_user_policy_attachment.ci", "mode": "managed", "type": "aws_iam_user_policy_attachment", "name": "ci", "provider_config_key": "aws", "expressions": {"policy_arn": {"constant_value": "arn:aws:iam::aws:policy/AdministratorAccess"}, "user": {"constant_value": "ci"}}, "schema_version": 0}, {"address": "aws_iam_user_policy.ops", "mode": "managed", "type": "aws_iam_user_policy", "name": "ops", "provider_config_key": "aws", "expressions": {"name": {"constant_value": "ops"}, "policy": {"constant_value": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:ListAllMyBuckets\", \"Resource\": \"*\"}]}"}, "user": {"constant_value": "ops"}}, "schema_version": 0}, {"address": "aws_iam_policy_attachment.legacy", "mode": "managed", "type": "aws_iam_policy_attachment", "name": "legacy", "provider_config_key": "aws", "expressions": {"name": {"constant_value": "legacy"}, "policy_arn": {"constant_value": "arn:aws:iam::aws:policy/ReadOnlyAccess"}, "users": {"constant_value": ["alice", "bob"]}}, "schema_version": 0}]}},
	}
	found == {["resource_changes", 0, "change", "after", "user"], ["resource_changes", 1, "change", "after", "user"], ["resource_changes", 2, "change", "after", "users", 0], ["resource_changes", 2, "change", "after", "users", 1]}
}

test_fail_direct_message_names_resource if {
	vs := iam_policy_attached_to_user.violation with input as {
		"resource_changes": [
			{"address": "aws_iam_user_policy_attachment.ci", "type": "aws_iam_user_policy_attachment", "change": {"actions": ["create"], "after": {"policy_arn": "arn:aws:iam::aws:policy/AdministratorAccess", "user": "ci"}, "after_unknown": {"id": true}}},
			{"address": "aws_iam_user_policy.ops", "type": "aws_iam_user_policy", "change": {"actions": ["create"], "after": {"name": "ops", "policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:ListAllMyBuckets\", \"Resource\": \"*\"}]}", "user": "ops"}, "after_unknown": {"id": true}}},
			{"address": "aws_iam_policy_attachment.legacy", "type": "aws_iam_policy_attachment", "change": {"actions": ["create"], "after": {"groups": [], "name": "legacy", "policy_arn": "arn:aws:iam::aws:policy/ReadOnlyAccess", "roles": [], "users": ["alice", "bob"]}, "after_unknown": {"id": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_iam_user_policy_attachment.ci", "mode": "managed", "type": "aws_iam_user_policy_attachment", "name": "ci", "provider_config_key": "aws", "expressions": {"policy_arn": {"constant_value": "arn:aws:iam::aws:policy/AdministratorAccess"}, "user": {"constant_value": "ci"}}, "schema_version": 0}, {"address": "aws_iam_user_policy.ops", "mode": "managed", "type": "aws_iam_user_policy", "name": "ops", "provider_config_key": "aws", "expressions": {"name": {"constant_value": "ops"}, "policy": {"constant_value": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:ListAllMyBuckets\", \"Resource\": \"*\"}]}"}, "user": {"constant_value": "ops"}}, "schema_version": 0}, {"address": "aws_iam_policy_attachment.legacy", "mode": "managed", "type": "aws_iam_policy_attachment", "name": "legacy", "provider_config_key": "aws", "expressions": {"name": {"constant_value": "legacy"}, "policy_arn": {"constant_value": "arn:aws:iam::aws:policy/ReadOnlyAccess"}, "users": {"constant_value": ["alice", "bob"]}}, "schema_version": 0}]}},
	}
	some v in vs
	v.path == ["resource_changes", 0, "change", "after", "user"]
	contains(v.msg, "aws_iam_user_policy_attachment.ci")
}

test_fail_user_known_after_apply if {
	vs := iam_policy_attached_to_user.violation with input as {"resource_changes": [{"address": "aws_iam_user_policy_attachment.a", "type": "aws_iam_user_policy_attachment", "change": {"actions": ["create"], "after": {"policy_arn": "arn:aws:iam::aws:policy/ReadOnlyAccess"}, "after_unknown": {"user": true}}}]}
	some v in vs
	contains(v.msg, "(known after apply)")
}
