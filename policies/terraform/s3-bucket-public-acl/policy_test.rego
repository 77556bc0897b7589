# Unit tests for terraform/s3-bucket-public-acl: the fixture cases, in miniature, and the edge cases
# (known-after-apply values, modules, deletions) that fixtures do not show.
package palisade.terraform.s3_bucket_public_acl_test

import data.palisade.terraform.s3_bucket_public_acl

test_pass_private_acls if {
	found := {v.path | some v in s3_bucket_public_acl.violation} with input as {
		"resource_changes": [
			{"address": "aws_s3_bucket.reports", "type": "aws_s3_bucket", "change": {"actions": ["create"], "after": {"bucket": "acme-reports", "force_destroy": false}, "after_unknown": {"id": true, "arn": true, "bucket_domain_name": true, "bucket_regional_domain_name": true, "hosted_zone_id": true, "region": true, "acl": true, "policy": true, "versioning": true, "logging": true, "server_side_encryption_configuration": true, "object_lock_enabled": true}}},
			{"address": "aws_s3_bucket_acl.reports", "type": "aws_s3_bucket_acl", "change": {"actions": ["create"], "after": {"access_control_policy": [], "acl": "private", "expected_bucket_owner": null}, "after_unknown": {"bucket": true, "id": true}}},
			{"address": "aws_s3_bucket.legacy", "type": "aws_s3_bucket", "change": {"actions": ["create"], "after": {"acl": "private", "bucket": "acme-legacy", "force_destroy": false}, "after_unknown": {"id": true, "arn": true, "bucket_domain_name": true, "bucket_regional_domain_name": true, "hosted_zone_id": true, "region": true, "policy": true, "versioning": true, "logging": true, "server_side_encryption_configuration": true, "object_lock_enabled": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_s3_bucket.reports", "mode": "managed", "type": "aws_s3_bucket", "name": "reports", "provider_config_key": "aws", "expressions": {"bucket": {"constant_value": "acme-reports"}, "force_destroy": {"constant_value": false}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}}, "schema_version": 0}, {"address": "aws_s3_bucket_acl.reports", "mode": "managed", "type": "aws_s3_bucket_acl", "name": "reports", "provider_config_key": "aws", "expressions": {"acl": {"constant_value": "private"}, "bucket": {"references": ["aws_s3_bucket.reports.id", "aws_s3_bucket.reports"]}}, "schema_version": 0}, {"address": "aws_s3_bucket.legacy", "mode": "managed", "type": "aws_s3_bucket", "name": "legacy", "provider_config_key": "aws", "expressions": {"acl": {"constant_value": "private"}, "bucket": {"constant_value": "acme-legacy"}, "force_destroy": {"constant_value": false}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}}, "schema_version": 0}]}},
	}
	count(found) == 0
}

test_fail_public_acls if {
	found := {v.path | some v in s3_bucket_public_acl.violation} with input as {
		"resource_changes": [
			{"address": "aws_s3_bucket.site", "type": "aws_s3_bucket", "change": {"actions": ["create"], "after": {"bucket": "acme-site", "force_destroy": false}, "after_unknown": {"id": true, "arn": true, "bucket_domain_name": true, "bucket_regional_domain_name": true, "hosted_zone_id": true, "region": true, "acl": true, "policy": true, "versioning": true, "logging": true, "server_side_encryption_configuration": true, "object_lock_enabled": true}}},
			{"address": "aws_s3_bucket_acl.site", "type": "aws_s3_bucket_acl", "change": {"actions": ["create"], "after": {"access_control_policy": [], "acl": "public-read", "expected_bucket_owner": null}, "after_unknown": {"bucket": true, "id": true}}},
			{"address": "aws_s3_bucket.uploads", "type": "aws_s3_bucket", "change": {"actions": ["create"], "after": {"acl": "public-read-write", "bucket": "acme-uploads", "force_destroy": false}, "after_unknown": {"id": true, "arn": true, "bucket_domain_name": true, "bucket_regional_domain_name": true, "hosted_zone_id": true, "region": true, "policy": true, "versioning": true, "logging": true, "server_side_encryption_configuration": true, "object_lock_enabled": true}}},
			{"address": "aws_s3_bucket.partners", "type": "aws_s3_bucket", "change": {"actions": ["create"], "after": {"acl": "authenticated-read", "bucket": "acme-partners", "force_destroy": false}, "after_unknown": {"id": true, "arn": true, "bucket_domain_name": true, "bucket_regional_domain_name": true, "hosted_zone_id": true, "region": true, "policy": true, "versioning": true, "logging": true, "server_side_encryption_configuration": true, "object_lock_enabled": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_s3_bucket.site", "mode": "managed", "type": "aws_s3_bucket", "name": "site", "provider_config_key": "aws", "expressions": {"bucket": {"constant_value": "acme-site"}, "force_destroy": {"constant_value": false}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}}, "schema_version": 0}, {"address": "aws_s3_bucket_acl.site", "mode": "managed", "type": "aws_s3_bucket_acl", "name": "site", "provider_config_key": "aws", "expressions": {"acl": {"constant_value": "public-read"}, "bucket": {"references": ["aws_s3_bucket.site.id", "aws_s3_bucket.site"]}}, "schema_version": 0}, {"address": "aws_s3_bucket.uploads", "mode": "managed", "type": "aws_s3_bucket", "name": "uploads", "provider_config_key": "aws", "expressions": {"acl": {"constant_value": "public-read-write"}, "bucket": {"constant_value": "acme-uploads"}, "force_destroy": {"constant_value": false}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}}, "schema_version": 0}, {"address": "aws_s3_bucket.partners", "mode": "managed", "type": "aws_s3_bucket", "name": "partners", "provider_config_key": "aws", "expressions": {"acl": {"constant_value": "authenticated-read"}, "bucket": {"constant_value": "acme-partners"}, "force_destroy": {"constant_value": false}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}}, "schema_version": 0}]}},
	}
	found == {["resource_changes", 1, "change", "after", "acl"], ["resource_changes", 2, "change", "after", "acl"], ["resource_changes", 3, "change", "after", "acl"]}
}

test_fail_public_acls_message_names_resource if {
	vs := s3_bucket_public_acl.violation with input as {
		"resource_changes": [
			{"address": "aws_s3_bucket.site", "type": "aws_s3_bucket", "change": {"actions": ["create"], "after": {"bucket": "acme-site", "force_destroy": false}, "after_unknown": {"id": true, "arn": true, "bucket_domain_name": true, "bucket_regional_domain_name": true, "hosted_zone_id": true, "region": true, "acl": true, "policy": true, "versioning": true, "logging": true, "server_side_encryption_configuration": true, "object_lock_enabled": true}}},
			{"address": "aws_s3_bucket_acl.site", "type": "aws_s3_bucket_acl", "change": {"actions": ["create"], "after": {"access_control_policy": [], "acl": "public-read", "expected_bucket_owner": null}, "after_unknown": {"bucket": true, "id": true}}},
			{"address": "aws_s3_bucket.uploads", "type": "aws_s3_bucket", "change": {"actions": ["create"], "after": {"acl": "public-read-write", "bucket": "acme-uploads", "force_destroy": false}, "after_unknown": {"id": true, "arn": true, "bucket_domain_name": true, "bucket_regional_domain_name": true, "hosted_zone_id": true, "region": true, "policy": true, "versioning": true, "logging": true, "server_side_encryption_configuration": true, "object_lock_enabled": true}}},
			{"address": "aws_s3_bucket.partners", "type": "aws_s3_bucket", "change": {"actions": ["create"], "after": {"acl": "authenticated-read", "bucket": "acme-partners", "force_destroy": false}, "after_unknown": {"id": true, "arn": true, "bucket_domain_name": true, "bucket_regional_domain_name": true, "hosted_zone_id": true, "region": true, "policy": true, "versioning": true, "logging": true, "server_side_encryption_configuration": true, "object_lock_enabled": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_s3_bucket.site", "mode": "managed", "type": "aws_s3_bucket", "name": "site", "provider_config_key": "aws", "expressions": {"bucket": {"constant_value": "acme-site"}, "force_destroy": {"constant_value": false}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}}, "schema_version": 0}, {"address": "aws_s3_bucket_acl.site", "mode": "managed", "type": "aws_s3_bucket_acl", "name": "site", "provider_config_key": "aws", "expressions": {"acl": {"constant_value": "public-read"}, "bucket": {"references": ["aws_s3_bucket.site.id", "aws_s3_bucket.site"]}}, "schema_version": 0}, {"address": "aws_s3_bucket.uploads", "mode": "managed", "type": "aws_s3_bucket", "name": "uploads", "provider_config_key": "aws", "expressions": {"acl": {"constant_value": "public-read-write"}, "bucket": {"constant_value": "acme-uploads"}, "force_destroy": {"constant_value": false}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}}, "schema_version": 0}, {"address": "aws_s3_bucket.partners", "mode": "managed", "type": "aws_s3_bucket", "name": "partners", "provider_config_key": "aws", "expressions": {"acl": {"constant_value": "authenticated-read"}, "bucket": {"constant_value": "acme-partners"}, "force_destroy": {"constant_value": false}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}}, "schema_version": 0}]}},
	}
	some v in vs
	v.path == ["resource_changes", 1, "change", "after", "acl"]
	contains(v.msg, "aws_s3_bucket_acl.site")
}

test_grant_to_all_users if {
	found := {v.path | some v in s3_bucket_public_acl.violation} with input as {
		"resource_changes": [
			{"address": "aws_s3_bucket.media", "type": "aws_s3_bucket", "change": {"actions": ["create"], "after": {"bucket": "acme-media", "force_destroy": false}, "after_unknown": {"id": true, "arn": true, "bucket_domain_name": true, "bucket_regional_domain_name": true, "hosted_zone_id": true, "region": true, "acl": true, "policy": true, "versioning": true, "logging": true, "server_side_encryption_configuration": true, "object_lock_enabled": true}}},
			{"address": "aws_s3_bucket_acl.media", "type": "aws_s3_bucket_acl", "change": {"actions": ["create"], "after": {"access_control_policy": [{"grant": [{"grantee": [{"email_address": null, "id": "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be", "type": "CanonicalUser", "uri": null}], "permission": "FULL_CONTROL"}, {"grantee": [{"email_address": null, "id": null, "type": "Group", "uri": "http://acs.amazonaws.com/groups/global/AllUsers"}], "permission": "READ"}], "owner": [{"display_name": null, "id": "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"}]}], "acl": null}, "after_unknown": {"bucket": true, "id": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_s3_bucket.media", "mode": "managed", "type": "aws_s3_bucket", "name": "media", "provider_config_key": "aws", "expressions": {"bucket": {"constant_value": "acme-media"}, "force_destroy": {"constant_value": false}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}}, "schema_version": 0}, {"address": "aws_s3_bucket_acl.media", "mode": "managed", "type": "aws_s3_bucket_acl", "name": "media", "provider_config_key": "aws", "expressions": {"access_control_policy": [{"grant": [{"grantee": [{"id": {"constant_value": "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"}, "type": {"constant_value": "CanonicalUser"}}], "permission": {"constant_value": "FULL_CONTROL"}}, {"grantee": [{"type": {"constant_value": "Group"}, "uri": {"constant_value": "http://acs.amazonaws.com/groups/global/AllUsers"}}], "permission": {"constant_value": "READ"}}], "owner": [{"id": {"constant_value": "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"}}]}], "bucket": {"references": ["aws_s3_bucket.media.id", "aws_s3_bucket.media"]}}, "schema_version": 0}]}},
	}
	found == {["resource_changes", 1, "change", "after", "access_control_policy", 0, "grant", 1, "grantee", 0, "uri"]}
}

test_grant_to_all_users_message_names_resource if {
	vs := s3_bucket_public_acl.violation with input as {
		"resource_changes": [
			{"address": "aws_s3_bucket.media", "type": "aws_s3_bucket", "change": {"actions": ["create"], "after": {"bucket": "acme-media", "force_destroy": false}, "after_unknown": {"id": true, "arn": true, "bucket_domain_name": true, "bucket_regional_domain_name": true, "hosted_zone_id": true, "region": true, "acl": true, "policy": true, "versioning": true, "logging": true, "server_side_encryption_configuration": true, "object_lock_enabled": true}}},
			{"address": "aws_s3_bucket_acl.media", "type": "aws_s3_bucket_acl", "change": {"actions": ["create"], "after": {"access_control_policy": [{"grant": [{"grantee": [{"email_address": null, "id": "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be", "type": "CanonicalUser", "uri": null}], "permission": "FULL_CONTROL"}, {"grantee": [{"email_address": null, "id": null, "type": "Group", "uri": "http://acs.amazonaws.com/groups/global/AllUsers"}], "permission": "READ"}], "owner": [{"display_name": null, "id": "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"}]}], "acl": null}, "after_unknown": {"bucket": true, "id": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_s3_bucket.media", "mode": "managed", "type": "aws_s3_bucket", "name": "media", "provider_config_key": "aws", "expressions": {"bucket": {"constant_value": "acme-media"}, "force_destroy": {"constant_value": false}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}}, "schema_version": 0}, {"address": "aws_s3_bucket_acl.media", "mode": "managed", "type": "aws_s3_bucket_acl", "name": "media", "provider_config_key": "aws", "expressions": {"access_control_policy": [{"grant": [{"grantee": [{"id": {"constant_value": "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"}, "type": {"constant_value": "CanonicalUser"}}], "permission": {"constant_value": "FULL_CONTROL"}}, {"grantee": [{"type": {"constant_value": "Group"}, "uri": {"constant_value": "http://acs.amazonaws.com/groups/global/AllUsers"}}], "permission": {"constant_value": "READ"}}], "owner": [{"id": {"constant_value": "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"}}]}], "bucket": {"references": ["aws_s3_bucket.media.id", "aws_s3_bucket.media"]}}, "schema_version": 0}]}},
	}
	some v in vs
	v.path == ["resource_changes", 1, "change", "after", "access_control_policy", 0, "grant", 1, "grantee", 0, "uri"]
	contains(v.msg, "aws_s3_bucket_acl.media")
}

test_acl_known_after_apply if {
	found := {v.path | some v in s3_bucket_public_acl.violation} with input as {
		"resource_changes": [
			{"address": "aws_s3_bucket.tmp", "type": "aws_s3_bucket", "change": {"actions": ["create"], "after": {"bucket": "acme-tmp", "force_destroy": false}, "after_unknown": {"id": true, "arn": true, "bucket_domain_name": true, "bucket_regional_domain_name": true, "hosted_zone_id": true, "region": true, "acl": true, "policy": true, "versioning": true, "logging": true, "server_side_encryption_configuration": true, "object_lock_enabled": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_s3_bucket.tmp", "mode": "managed", "type": "aws_s3_bucket", "name": "tmp", "provider_config_key": "aws", "expressions": {"bucket": {"constant_value": "acme-tmp"}, "force_destroy": {"constant_value": false}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}}, "schema_version": 0}]}},
	}
	count(found) == 0
}

test_deleted_bucket_ignored if {
	found := {v.path | some v in s3_bucket_public_acl.violation} with input as {
		"resource_changes": [
			{"address": "aws_s3_bucket.old", "type": "aws_s3_bucket", "change": {"actions": ["delete"], "after": null, "after_unknown": {}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_s3_bucket.old", "mode": "managed", "type": "aws_s3_bucket", "name": "old", "provider_config_key": "aws", "expressions": {"acl": {"constant_value": "public-read"}, "bucket": {"constant_value": "acme-old"}}, "schema_version": 0}]}},
	}
	count(found) == 0
}

test_module_bucket if {
	found := {v.path | some v in s3_bucket_public_acl.violation} with input as {
		"resource_changes": [
			{"address": "module.web.aws_s3_bucket.site[0]", "module_address": "module.web", "type": "aws_s3_bucket", "index": 0, "change": {"actions": ["create"], "after": {"acl": "public-read", "bucket": "acme-web-0"}, "after_unknown": {"id": true}}}
		],
		"configuration": {"root_module": {"resources": [], "module_calls": {"web": {"source": "./modules/web", "module": {"resources": [{"address": "aws_s3_bucket.site", "mode": "managed", "type": "aws_s3_bucket", "name": "site", "provider_config_key": "aws", "expressions": {"acl": {"constant_value": "public-read"}, "bucket": {"constant_value": "acme-web-0"}}, "schema_version": 0, "count_expression": {"constant_value": 2}}]}}}}},
	}
	found == {["resource_changes", 0, "change", "after", "acl"]}
}

test_module_bucket_message_names_resource if {
	vs := s3_bucket_public_acl.violation with input as {
		"resource_changes": [
			{"address": "module.web.aws_s3_bucket.site[0]", "module_address": "module.web", "type": "aws_s3_bucket", "index": 0, "change": {"actions": ["create"], "after": {"acl": "public-read", "bucket": "acme-web-0"}, "after_unknown": {"id": true}}}
		],
		"configuration": {"root_module": {"resources": [], "module_calls": {"web": {"source": "./modules/web", "module": {"resources": [{"address": "aws_s3_bucket.site", "mode": "managed", "type": "aws_s3_bucket", "name": "site", "provider_config_key": "aws", "expressions": {"acl": {"constant_value": "public-read"}, "bucket": {"constant_value": "acme-web-0"}}, "schema_version": 0, "count_expression": {"constant_value": 2}}]}}}}},
	}
	some v in vs
	v.path == ["resource_changes", 0, "change", "after", "acl"]
	contains(v.msg, "module.web.aws_s3_bucket.site[0]")
}
