# Unit tests for terraform/cloudtrail-multi-region: the fixture cases, in miniature, and the edge cases
# (known-after-apply values, modules, deletions) that fixtures do not show.
package palisade.terraform.cloudtrail_multi_region_test

import data.palisade.terraform.cloudtrail_multi_region

test_pass_multi_region if {
	found := {v.path | some v in cloudtrail_multi_region.violation} with input as {
		"resource_changes": [
			{"address": "aws_cloudtrail.main", "type": "aws_cloudtrail", "change": {"actions": ["create"], "after": {"enable_log_file_validation": true, "enable_logging": true, "include_global_service_events": true, "is_multi_region_trail": true, "is_organization_trail": false, "name": "main", "s3_bucket_name": "acme-cloudtrail"}, "after_unknown": {"id": true, "arn": true, "home_region": true, "kms_key_id": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_cloudtrail.main", "mode": "managed", "type": "aws_cloudtrail", "name": "main", "provider_config_key": "aws", "expressions": {"enable_log_file_validation": {"constant_value": true}, "enable_logging": {"constant_value": true}, "include_global_service_events": {"constant_value": true}, "is_multi_region_trail": {"constant_value": true}, "is_organization_trail": {"constant_value": false}, "kms_key_id": {"references": ["aws_kms_key.trail.arn", "aws_kms_key.trail"]}, "name": {"constant_value": "main"}, "s3_bucket_name": {"constant_value": "acme-cloudtrail"}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}}, "schema_version": 0}]}},
	}
	count(found) == 0
}

test_fail_single_region if {
	found := {v.path | some v in cloudtrail_multi_region.violation} with input as {
		"resource_changes": [
			{"address": "aws_cloudtrail.main", "type": "aws_cloudtrail", "change": {"actions": ["create"], "after": {"enable_log_file_validation": true, "enable_logging": true, "include_global_service_events": true, "is_multi_region_trail": false, "is_organization_trail": false, "name": "main", "s3_bucket_name": "acme-cloudtrail"}, "after_unknown": {"id": true, "arn": true, "home_region": true, "kms_key_id": true}}},
			{"address": "aws_cloudtrail.audit", "type": "aws_cloudtrail", "change": {"actions": ["create"], "after": {"enable_log_file_validation": true, "enable_logging": true, "include_global_service_events": true, "is_multi_region_trail": null, "is_organization_trail": false, "name": "audit", "s3_bucket_name": "acme-cloudtrail"}, "after_unknown": {"id": true, "arn": true, "home_region": true, "kms_key_id": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_cloudtrail.main", "mode": "managed", "type": "aws_cloudtrail", "name": "main", "provider_config_key": "aws", "expressions": {"enable_log_file_validation": {"constant_value": true}, "enable_logging": {"constant_value": true}, "include_global_service_events": {"constant_value": true}, "is_multi_region_trail": {"constant_value": false}, "is_organization_trail": {"constant_value": false}, "kms_key_id": {"references": ["aws_kms_key.trail.arn", "aws_kms_key.trail"]}, "name": {"constant_value": "main"}, "s3_bucket_name": {"constant_value": "acme-cloudtrail"}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}}, "schema_version": 0}, {"address": "aws_cloudtrail.audit", "mode": "managed", "type": "aws_cloudtrail", "name": "audit", "provider_config_key": "aws", "expressions": {"enable_log_file_validation": {"constant_value": true}, "enable_logging": {"constant_value": true}, "include_global_service_events": {"constant_value": true}, "is_organization_trail": {"constant_value": false}, "kms_key_id": {"references": ["aws_kms_key.trail.arn", "aws_kms_key.trail"]}, "name": {"constant_value": "audit"}, "s3_bucket_name": {"constant_value": "acme-cloudtrail"}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}}, "schema_version": 0}]}},
	}
	found == {["resource_changes", 0, "change", "after", "is_multi_region_trail"], ["resource_changes", 1, "change", "after", "is_multi_region_trail"]}
}

test_fail_single_region_message_names_resource if {
	vs := cloudtrail_multi_region.violation with input as {
		"resource_changes": [
			{"address": "aws_cloudtrail.main", "type": "aws_cloudtrail", "change": {"actions": ["create"], "after": {"enable_log_file_validation": true, "enable_logging": true, "include_global_service_events": true, "is_multi_region_trail": false, "is_organization_trail": false, "name": "main", "s3_bucket_name": "acme-cloudtrail"}, "after_unknown": {"id": true, "arn": true, "home_region": true, "kms_key_id": true}}},
			{"address": "aws_cloudtrail.audit", "type": "aws_cloudtrail", "change": {"actions": ["create"], "after": {"enable_log_file_validation": true, "enable_logging": true, "include_global_service_events": true, "is_multi_region_trail": null, "is_organization_trail": false, "name": "audit", "s3_bucket_name": "acme-cloudtrail"}, "after_unknown": {"id": true, "arn": true, "home_region": true, "kms_key_id": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_cloudtrail.main", "mode": "managed", "type": "aws_cloudtrail", "name": "main", "provider_config_key": "aws", "expressions": {"enable_log_file_validation": {"constant_value": true}, "enable_logging": {"constant_value": true}, "include_global_service_events": {"constant_value": true}, "is_multi_region_trail": {"constant_value": false}, "is_organization_trail": {"constant_value": false}, "kms_key_id": {"references": ["aws_kms_key.trail.arn", "aws_kms_key.trail"]}, "name": {"constant_value": "main"}, "s3_bucket_name": {"constant_value": "acme-cloudtrail"}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}}, "schema_version": 0}, {"address": "aws_cloudtrail.audit", "mode": "managed", "type": "aws_cloudtrail", "name": "audit", "provider_config_key": "aws", "expressions": {"enable_log_file_validation": {"constant_value": true}, "enable_logging": {"constant_value": true}, "include_global_service_events": {"constant_value": true}, "is_organization_trail": {"constant_value": false}, "kms_key_id": {"references": ["aws_kms_key.trail.arn", "aws_kms_key.trail"]}, "name": {"constant_value": "audit"}, "s3_bucket_name": {"constant_value": "acme-cloudtrail"}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}}, "schema_version": 0}]}},
	}
	some v in vs
	v.path == ["resource_changes", 0, "change", "after", "is_multi_region_trail"]
	contains(v.msg, "aws_cloudtrail.main")
}

test_fail_multi_region_without_global_events if {
	found := {v.path | some v in cloudtrail_multi_region.violation} with input as {"resource_changes": [
		{"address": "aws_cloudtrail.a", "type": "aws_cloudtrail", "change": {"actions": ["create"], "after": {"is_multi_region_trail": true, "include_global_service_events": false}, "after_unknown": {}}},
		{"address": "aws_cloudtrail.b", "type": "aws_cloudtrail", "change": {"actions": ["create"], "after": {"is_multi_region_trail": true, "include_global_service_events": true}, "after_unknown": {}}},
	]}
	found == {["resource_changes", 0, "change", "after", "include_global_service_events"]}
}
