# Unit tests for terraform/cloudtrail-kms-encryption: the fixture cases, in miniature, and the edge cases
# (known-after-apply values, modules, deletions) that fixtures do not show.
package palisade.terraform.cloudtrail_kms_encryption_test

import data.palisade.terraform.cloudtrail_kms_encryption

test_pass_kms if {
	found := {v.path | some v in cloudtrail_kms_encryption.violation} with input as {
		"resource_changes": [
			{"address": "aws_cloudtrail.main", "type": "aws_cloudtrail", "change": {"actions": ["create"], "after": {"enable_log_file_validation": true, "enable_logging": true, "include_global_service_events": true, "is_multi_region_trail": true, "is_organization_trail": false, "name": "main", "s3_bucket_name": "acme-cloudtrail"}, "after_unknown": {"id": true, "arn": true, "home_region": true, "kms_key_id": true}}},
			{"address": "aws_cloudtrail.audit", "type": "aws_cloudtrail", "change": {"actions": ["create"], "after": {"enable_log_file_validation": true, "enable_logging": true, "include_global_service_events": true, "is_multi_region_trail": true, "is_organization_trail": false, "kms_key_id": "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", "name": "audit", "s3_bucket_name": "acme-cloudtrail"}, "after_unknown": {"id": true, "arn": true, "home_region": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_cloudtrail.main", "mode": "managed", "type": "aws_cloudtrail", "name": "main", "provider_config_key": "aws", "expressions": {"enable_log_file_validation": {"constant_value": true}, "enable_logging": {"constant_value": true}, "include_global_service_events": {"constant_value": true}, "is_multi_region_trail": {"constant_value": true}, "is_organization_trail": {"constant_value": false}, "kms_key_id": {"references": ["aws_kms_key.trail.arn", "aws_kms_key.trail"]}, "name": {"constant_value": "main"}, "s3_bucket_name": {"constant_value": "acme-cloudtrail"}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}}, "schema_version": 0}, {"address": "aws_cloudtrail.audit", "mode": "managed", "type": "aws_cloudtrail", "name": "audit", "provider_config_key": "aws", "expressions": {"enable_log_file_validation": {"constant_value": true}, "enable_logging": {"constant_value": true}, "include_global_service_events": {"constant_value": true}, "is_multi_region_trail": {"constant_value": true}, "is_organization_trail": {"constant_value": false}, "kms_key_id": {"constant_value": "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"}, "name": {"constant_value": "audit"}, "s3_bucket_name": {"constant_value": "acme-cloudtrail"}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}}, "schema_version": 0}]}},
	}
	count(found) == 0
}

test_fail_no_kms if {
	found := {v.path | some v in cloudtrail_kms_encryption.violation} with input as {
		"resource_changes": [
			{"address": "aws_cloudtrail.main", "type": "aws_cloudtrail", "change": {"actions": ["create"], "after": {"enable_log_file_validation": true, "enable_logging": true, "include_global_service_events": true, "is_multi_region_trail": true, "is_organization_trail": false, "kms_key_id": null, "name": "main", "s3_bucket_name": "acme-cloudtrail"}, "after_unknown": {"id": true, "arn": true, "home_region": true}}},
			{"address": "aws_cloudtrail.audit", "type": "aws_cloudtrail", "change": {"actions": ["create"], "after": {"enable_log_file_validation": true, "enable_logging": true, "include_global_service_events": true, "is_multi_region_trail": true, "is_organization_trail": false, "kms_key_id": "", "name": "audit", "s3_bucket_name": "acme-cloudtrail"}, "after_unknown": {"id": true, "arn": true, "home_region": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_cloudtrail.main", "mode": "managed", "type": "aws_cloudtrail", "name": "main", "provider_config_key": "aws", "expressions": {"enable_log_file_validation": {"constant_value": true}, "enable_logging": {"constant_value": true}, "include_global_service_events": {"constant_value": true}, "is_multi_region_trail": {"constant_value": true}, "is_organization_trail": {"constant_value": false}, "name": {"constant_value": "main"}, "s3_bucket_name": {"constant_value": "acme-cloudtrail"}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}}, "schema_version": 0}, {"address": "aws_cloudtrail.audit", "mode": "managed", "type": "aws_cloudtrail", "name": "audit", "provider_config_key": "aws", "expressions": {"enable_log_file_validation": {"constant_value": true}, "enable_logging": {"constant_value": true}, "include_global_service_events": {"constant_value": true}, "is_multi_region_trail": {"constant_value": true}, "is_organization_trail": {"constant_value": false}, "kms_key_id": {"constant_value": ""}, "name": {"constant_value": "audit"}, "s3_bucket_name": {"constant_value": "acme-cloudtrail"}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}}, "schema_version": 0}]}},
	}
	found == {["resource_changes", 0, "change", "after", "kms_key_id"], ["resource_changes", 1, "change", "after", "kms_key_id"]}
}

test_fail_no_kms_message_names_resource if {
	vs := cloudtrail_kms_encryption.violation with input as {
		"resource_changes": [
			{"address": "aws_cloudtrail.main", "type": "aws_cloudtrail", "change": {"actions": ["create"], "after": {"enable_log_file_validation": true, "enable_logging": true, "include_global_service_events": true, "is_multi_region_trail": true, "is_organization_trail": false, "kms_key_id": null, "name": "main", "s3_bucket_name": "acme-cloudtrail"}, "after_unknown": {"id": true, "arn": true, "home_region": true}}},
			{"address": "aws_cloudtrail.audit", "type": "aws_cloudtrail", "change": {"actions": ["create"], "after": {"enable_log_file_validation": true, "enable_logging": true, "include_global_service_events": true, "is_multi_region_trail": true, "is_organization_trail": false, "kms_key_id": "", "name": "audit", "s3_bucket_name": "acme-cloudtrail"}, "after_unknown": {"id": true, "arn": true, "home_region": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_cloudtrail.main", "mode": "managed", "type": "aws_cloudtrail", "name": "main", "provider_config_key": "aws", "expressions": {"enable_log_file_validation": {"constant_value": true}, "enable_logging": {"constant_value": true}, "include_global_service_events": {"constant_value": true}, "is_multi_region_trail": {"constant_value": true}, "is_organization_trail": {"constant_value": false}, "name": {"constant_value": "main"}, "s3_bucket_name": {"constant_value": "acme-cloudtrail"}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}}, "schema_version": 0}, {"address": "aws_cloudtrail.audit", "mode": "managed", "type": "aws_cloudtrail", "name": "audit", "provider_config_key": "aws", "expressions": {"enable_log_file_validation": {"constant_value": true}, "enable_logging": {"constant_value": true}, "include_global_service_events": {"constant_value": true}, "is_multi_region_trail": {"constant_value": true}, "is_organization_trail": {"constant_value": false}, "kms_key_id": {"constant_value": ""}, "name": {"constant_value": "audit"}, "s3_bucket_name": {"constant_value": "acme-cloudtrail"}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}}, "schema_version": 0}]}},
	}
	some v in vs
	v.path == ["resource_changes", 0, "change", "after", "kms_key_id"]
	contains(v.msg, "aws_cloudtrail.main")
}
