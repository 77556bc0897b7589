# Unit tests for terraform/s3-bucket-policy-public-principal: the fixture cases, in miniature, and the edge cases
# (known-after-apply values, modules, deletions) that fixtures do not show.
package palisade.terraform.s3_bucket_policy_public_principal_test

import data.palisade.terraform.s3_bucket_policy_public_principal

test_pass_scoped_policies if {
	found := {v.path | some v in s3_bucket_policy_public_principal.violation} with input as {
		"resource_changes": [
			{"address": "aws_s3_bucket.assets", "type": "aws_s3_bucket", "change": {"actions": ["create"], "after": {"bucket": "acme-assets", "force_destroy": false}, "after_unknown": {"id": true, "arn": true, "bucket_domain_name": true, "bucket_regional_domain_name": true, "hosted_zone_id": true, "region": true, "acl": true, "policy": true, "versioning": true, "logging": true, "server_side_encryption_configuration": true, "object_lock_enabled": true}}},
			{"address": "aws_s3_bucket_policy.assets", "type": "aws_s3_bucket_policy", "change": {"actions": ["create"], "after": {"policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"CloudFrontRead\", \"Effect\": \"Allow\", \"Principal\": {\"Service\": \"cloudfront.amazonaws.com\"}, \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::acme-assets/*\", \"Condition\": {\"StringEquals\": {\"AWS:SourceArn\": \"arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE\"}}}, {\"Sid\": \"DenyInsecureTransport\", \"Effect\": \"Deny\", \"Principal\": \"*\", \"Action\": \"s3:*\", \"Resource\": [\"arn:aws:s3:::acme-assets\", \"arn:aws:s3:::acme-assets/*\"], \"Condition\": {\"Bool\": {\"aws:SecureTransport\": \"false\"}}}]}"}, "after_unknown": {"bucket": true, "id": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_s3_bucket.assets", "mode": "managed", "type": "aws_s3_bucket", "name": "assets", "provider_config_key": "aws", "expressions": {"bucket": {"constant_value": "acme-assets"}, "force_destroy": {"constant_value": false}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}}, "schema_version": 0}, {"address": "aws_s3_bucket_policy.assets", "mode": "managed", "type": "aws_s3_bucket_policy", "name": "assets", "provider_config_key": "aws", "expressions": {"bucket": {"references": ["aws_s3_bucket.assets.id", "aws_s3_bucket.assets"]}, "policy": {"constant_value": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"CloudFrontRead\", \"Effect\": \"Allow\", \"Principal\": {\"Service\": \"cloudfront.amazonaws.com\"}, \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::acme-assets/*\", \"Condition\": {\"StringEquals\": {\"AWS:SourceArn\": \"arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE\"}}}, {\"Sid\": \"DenyInsecureTransport\", \"Effect\": \"Deny\", \"Principal\": \"*\", \"Action\": \"s3:*\", \"Resource\": [\"arn:aws:s3:::acme-assets\", \"arn:aws:s3:::acme-assets/*\"], \"Condition\": {\"Bool\": {\"aws:SecureTransport\": \"false\"}}}]}"}}, "schema_version": 0}]}},
	}
	count(found) == 0
}

test_fail_public_principal if {
	found := {v.path | some v in s3_bucket_policy_public_principal.violation} with input as {
		"resource_changes": [
			{"address": "aws_s3_bucket.downloads", "type": "aws_s3_bucket", "change": {"actions": ["create"], "after": {"bucket": "acme-downloads", "force_destroy": false}, "after_unknown": {"id": true, "arn": true, "bucket_domain_name": true, "bucket_regional_domain_name": true, "hosted_zone_id": true, "region": true, "acl": true, "policy": true, "versioning": true, "logging": true, "server_side_encryption_configuration": true, "object_lock_enabled": true}}},
			{"address": "aws_s3_bucket_policy.downloads", "type": "aws_s3_bucket_policy", "change": {"actions": ["create"], "after": {"policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"PublicRead\", \"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::acme-downloads/*\"}]}"}, "after_unknown": {"bucket": true, "id": true}}},
			{"address": "aws_s3_bucket.exports", "type": "aws_s3_bucket", "change": {"actions": ["create"], "after": {"bucket": "acme-exports", "force_destroy": false, "policy": "{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"*\"}, \"Action\": [\"s3:GetObject\", \"s3:ListBucket\"], \"Resource\": [\"arn:aws:s3:::acme-exports\", \"arn:aws:s3:::acme-exports/*\"]}}"}, "after_unknown": {"id": true, "arn": true, "bucket_domain_name": true, "bucket_regional_domain_name": true, "hosted_zone_id": true, "region": true, "acl": true, "versioning": true, "logging": true, "server_side_encryption_configuration": true, "object_lock_enabled": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_s3_bucket.downloads", "mode": "managed", "type": "aws_s3_bucket", "name": "downloads", "provider_config_key": "aws", "expressions": {"bucket": {"constant_value": "acme-downloads"}, "force_destroy": {"constant_value": false}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}}, "schema_version": 0}, {"address": "aws_s3_bucket_policy.downloads", "mode": "managed", "type": "aws_s3_bucket_policy", "name": "downloads", "provider_config_key": "aws", "expressions": {"bucket": {"references": ["aws_s3_bucket.downloads.id", "aws_s3_bucket.downloads"]}, "policy": {"constant_value": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"PublicRead\", \"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::acme-downloads/*\"}]}"}}, "schema_version": 0}, {"address": "aws_s3_bucket.exports", "mode": "managed", "type": "aws_s3_bucket", "name": "exports", "provider_config_key": "aws", "expressions": {"bucket": {"constant_value": "acme-exports"}, "force_destroy": {"constant_value": false}, "policy": {"constant_value": "{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"*\"}, \"Action\": [\"s3:GetObject\", \"s3:ListBucket\"], \"Resource\": [\"arn:aws:s3:::acme-exports\", \"arn:aws:s3:::acme-exports/*\"]}}"}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}}, "schema_version": 0}]}},
	}
	found == {["resource_changes", 1, "change", "after", "policy"], ["resource_changes", 2, "change", "after", "policy"]}
}

test_fail_public_principal_message_names_resource if {
	vs := s3_bucket_policy_public_principal.violation with input as {
		"resource_changes": [
			{"address": "aws_s3_bucket.downloads", "type": "aws_s3_bucket", "change": {"actions": ["create"], "after": {"bucket": "acme-downloads", "force_destroy": false}, "after_unknown": {"id": true, "arn": true, "bucket_domain_name": true, "bucket_regional_domain_name": true, "hosted_zone_id": true, "region": true, "acl": true, "policy": true, "versioning": true, "logging": true, "server_side_encryption_configuration": true, "object_lock_enabled": true}}},
			{"address": "aws_s3_bucket_policy.downloads", "type": "aws_s3_bucket_policy", "change": {"actions": ["create"], "after": {"policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"PublicRead\", \"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::acme-downloads/*\"}]}"}, "after_unknown": {"bucket": true, "id": true}}},
			{"address": "aws_s3_bucket.exports", "type": "aws_s3_bucket", "change": {"actions": ["create"], "after": {"bucket": "acme-exports", "force_destroy": false, "policy": "{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"*\"}, \"Action\": [\"s3:GetObject\", \"s3:ListBucket\"], \"Resource\": [\"arn:aws:s3:::acme-exports\", \"arn:aws:s3:::acme-exports/*\"]}}"}, "after_unknown": {"id": true, "arn": true, "bucket_domain_name": true, "bucket_regional_domain_name": true, "hosted_zone_id": true, "region": true, "acl": true, "versioning": true, "logging": true, "server_side_encryption_configuration": true, "object_lock_enabled": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_s3_bucket.downloads", "mode": "managed", "type": "aws_s3_bucket", "name": "downloads", "provider_config_key": "aws", "expressions": {"bucket": {"constant_value": "acme-downloads"}, "force_destroy": {"constant_value": false}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}}, "schema_version": 0}, {"address": "aws_s3_bucket_policy.downloads", "mode": "managed", "type": "aws_s3_bucket_policy", "name": "downloads", "provider_config_key": "aws", "expressions": {"bucket": {"references": ["aws_s3_bucket.downloads.id", "aws_s3_bucket.downloads"]}, "policy": {"constant_value": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"PublicRead\", \"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::acme-downloads/*\"}]}"}}, "schema_version": 0}, {"address": "aws_s3_bucket.exports", "mode": "managed", "type": "aws_s3_bucket", "name": "exports", "provider_config_key": "aws", "expressions": {"bucket": {"constant_value": "acme-exports"}, "force_destroy": {"constant_value": false}, "policy": {"constant_value": "{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"*\"}, \"Action\": [\"s3:GetObject\", \"s3:ListBucket\"], \"Resource\": [\"arn:aws:s3:::acme-exports\", \"arn:aws:s3:::acme-exports/*\"]}}"}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}}, "schema_version": 0}]}},
	}
	some v in vs
	v.path == ["resource_changes", 1, "change", "after", "policy"]
	contains(v.msg, "aws_s3_bucket_policy.downloads")
}

test_principal_list_with_star if {
	found := {v.path | some v in s3_bucket_policy_public_principal.violation} with input as {
		"resource_changes": [
			{"address": "aws_s3_bucket_policy.p", "type": "aws_s3_bucket_policy", "change": {"actions": ["create"], "after": {"policy": "{\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": [\"arn:aws:iam::111122223333:root\", \"*\"]}, \"Action\": \"s3:PutObject\", \"Resource\": \"*\", \"Condition\": {}}]}"}, "after_unknown": {"bucket": true, "id": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_s3_bucket_policy.p", "mode": "managed", "type": "aws_s3_bucket_policy", "name": "p", "provider_config_key": "aws", "expressions": {"bucket": {"references": ["aws_s3_bucket.b.id", "aws_s3_bucket.b"]}, "policy": {"constant_value": "{\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": [\"arn:aws:iam::111122223333:root\", \"*\"]}, \"Action\": \"s3:PutObject\", \"Resource\": \"*\", \"Condition\": {}}]}"}}, "schema_version": 0}]}},
	}
	found == {["resource_changes", 0, "change", "after", "policy"]}
}

test_principal_list_with_star_message_names_resource if {
	vs := s3_bucket_policy_public_principal.violation with input as {
		"resource_changes": [
			{"address": "aws_s3_bucket_policy.p", "type": "aws_s3_bucket_policy", "change": {"actions": ["create"], "after": {"policy": "{\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": [\"arn:aws:iam::111122223333:root\", \"*\"]}, \"Action\": \"s3:PutObject\", \"Resource\": \"*\", \"Condition\": {}}]}"}, "after_unknown": {"bucket": true, "id": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_s3_bucket_policy.p", "mode": "managed", "type": "aws_s3_bucket_policy", "name": "p", "provider_config_key": "aws", "expressions": {"bucket": {"references": ["aws_s3_bucket.b.id", "aws_s3_bucket.b"]}, "policy": {"constant_value": "{\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": [\"arn:aws:iam::111122223333:root\", \"*\"]}, \"Action\": \"s3:PutObject\", \"Resource\": \"*\", \"Condition\": {}}]}"}}, "schema_version": 0}]}},
	}
	some v in vs
	v.path == ["resource_changes", 0, "change", "after", "policy"]
	contains(v.msg, "aws_s3_bucket_policy.p")
}

test_invalid_json_ignored if {
	found := {v.path | some v in s3_bucket_policy_public_principal.violation} with input as {
		"resource_changes": [
			{"address": "aws_s3_bucket_policy.p", "type": "aws_s3_bucket_policy", "change": {"actions": ["create"], "after": {"policy": "{not json"}, "after_unknown": {"bucket": true, "id": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_s3_bucket_policy.p", "mode": "managed", "type": "aws_s3_bucket_policy", "name": "p", "provider_config_key": "aws", "expressions": {"bucket": {"references": ["aws_s3_bucket.b.id", "aws_s3_bucket.b"]}, "policy": {"constant_value": "{not json"}}, "schema_version": 0}]}},
	}
	count(found) == 0
}
