# Unit tests for terraform/iam-policy-wildcard-action: the fixture cases, in miniature, and the edge cases
# (known-after-apply values, modules, deletions) that fixtures do not show.
package palisade.terraform.iam_policy_wildcard_action_test

import data.palisade.terraform.iam_policy_wildcard_action

test_pass_least_privilege if {
	found := {v.path | some v in iam_policy_wildcard_action.violation} with input as {
		"resource_changes": [
			{"address": "aws_iam_policy.deploy", "type": "aws_iam_policy", "change": {"actions": ["create"], "after": {"description": null, "name": "deploy", "name_prefix": null, "path": "/", "policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"Upload\", \"Effect\": \"Allow\", \"Action\": [\"s3:PutObject\", \"s3:GetObject\"], \"Resource\": \"arn:aws:s3:::acme-artifacts/*\"}, {\"Sid\": \"DenyAll\", \"Effect\": \"Deny\", \"Action\": \"*\", \"Resource\": \"*\", \"Condition\": {\"Bool\": {\"aws:MultiFactorAuthPresent\": \"false\"}}}]}"}, "after_unknown": {"id": true, "arn": true, "policy_id": true, "tags_all": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_iam_policy.deploy", "mode": "managed", "type": "aws_iam_policy", "name": "deploy", "provider_config_key": "aws", "expressions": {"name": {"constant_value": "deploy"}, "path": {"constant_value": "/"}, "policy": {"constant_value": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"Upload\", \"Effect\": \"Allow\", \"Action\": [\"s3:PutObject\", \"s3:GetObject\"], \"Resource\": \"arn:aws:s3:::acme-artifacts/*\"}, {\"Sid\": \"DenyAll\", \"Effect\": \"Deny\", \"Action\": \"*\", \"Resource\": \"*\", \"Condition\": {\"Bool\": {\"aws:MultiFactorAuthPresent\": \"false\"}}}]}"}}, "schema_version": 0}]}},
	}
	count(found) == 0
}

test_fail_admin if {
	found := {v.path | some v in iam_policy_wildcard_action.violation} with input as {
		"resource_changes": [
			{"address": "aws_iam_policy.admin", "type": "aws_iam_policy", "change": {"actions": ["create"], "after": {"description": null, "name": "admin", "name_prefix": null, "path": "/", "policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}]}"}, "after_unknown": {"id": true, "arn": true, "policy_id": true, "tags_all": true}}},
			{"address": "aws_iam_role_policy.ci", "type": "aws_iam_role_policy", "change": {"actions": ["create"], "after": {"name": "ci", "policy": "{\"Version\": \"2012-10-17\", \"Statement\": {\"Sid\": \"Everything\", \"Effect\": \"Allow\", \"Action\": [\"s3:GetObject\", \"*:*\"], \"Resource\": \"*\"}}"}, "after_unknown": {"id": true, "role": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_iam_policy.admin", "mode": "managed", "type": "aws_iam_policy", "name": "admin", "provider_config_key": "aws", "expressions": {"name": {"constant_value": "admin"}, "path": {"constant_value": "/"}, "policy": {"constant_value": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}]}"}}, "schema_version": 0}, {"address": "aws_iam_role_policy.ci", "mode": "managed", "type": "aws_iam_role_policy", "name": "ci", "provider_config_key": "aws", "expressions": {"name": {"constant_value": "ci"}, "policy": {"constant_value": "{\"Version\": \"2012-10-17\", \"Statement\": {\"Sid\": \"Everything\", \"Effect\": \"Allow\", \"Action\": [\"s3:GetObject\", \"*:*\"], \"Resource\": \"*\"}}"}, "role": {"references": ["aws_iam_role.app.id", "aws_iam_role.app"]}}, "schema_version": 0}]}},
	}
	found == {["resource_changes", 0, "change", "after", "policy"], ["resource_changes", 1, "change", "after", "policy"]}
}

test_fail_admin_message_names_resource if {
	vs := iam_policy_wildcard_action.violation with input as {
		"resource_changes": [
			{"address": "aws_iam_policy.admin", "type": "aws_iam_policy", "change": {"actions": ["create"], "after": {"description": null, "name": "admin", "name_prefix": null, "path": "/", "policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}]}"}, "after_unknown": {"id": true, "arn": true, "policy_id": true, "tags_all": true}}},
			{"address": "aws_iam_role_policy.ci", "type": "aws_iam_role_policy", "change": {"actions": ["create"], "after": {"name": "ci", "policy": "{\"Version\": \"2012-10-17\", \"Statement\": {\"Sid\": \"Everything\", \"Effect\": \"Allow\", \"Action\": [\"s3:GetObject\", \"*:*\"], \"Resource\": \"*\"}}"}, "after_unknown": {"id": true, "role": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_iam_policy.admin", "mode": "managed", "type": "aws_iam_policy", "name": "admin", "provider_config_key": "aws", "expressions": {"name": {"constant_value": "admin"}, "path": {"constant_value": "/"}, "policy": {"constant_value": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}]}"}}, "schema_version": 0}, {"address": "aws_iam_role_policy.ci", "mode": "managed", "type": "aws_iam_role_policy", "name": "ci", "provider_config_key": "aws", "expressions": {"name": {"constant_value": "ci"}, "policy": {"constant_value": "{\"Version\": \"2012-10-17\", \"Statement\": {\"Sid\": \"Everything\", \"Effect\": \"Allow\", \"Action\": [\"s3:GetObject\", \"*:*\"], \"Resource\": \"*\"}}"}, "role": {"references": ["aws_iam_role.app.id", "aws_iam_role.app"]}}, "schema_version": 0}]}},
	}
	some v in vs
	v.path == ["resource_changes", 0, "change", "after", "policy"]
	contains(v.msg, "aws_iam_policy.admin")
}
