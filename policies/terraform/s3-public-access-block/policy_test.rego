# Unit tests for terraform/s3-public-access-block: the fixture cases, in miniature, and the edge cases
# (known-after-apply values, modules, deletions) that fixtures do not show.
package palisade.terraform.s3_public_access_block_test

import data.palisade.terraform.s3_public_access_block

test_pass_blocked if {
	found := {v.path | some v in s3_public_access_block.violation} with input as {
		"resource_changes": [
			{"address": "aws_s3_bucket.data", "type": "aws_s3_bucket", "change": {"actions": ["create"], "after": {"bucket": "acme-data", "force_destroy": false}, "after_unknown": {"id": true, "arn": true, "bucket_domain_name": true, "bucket_regional_domain_name": true, "hosted_zone_id": true, "region": true, "acl": true, "policy": true, "versioning": true, "logging": true, "server_side_encryption_configuration": true, "object_lock_enabled": true}}},
			{"address": "aws_s3_bucket_public_access_block.data", "type": "aws_s3_bucket_public_access_block", "change": {"actions": ["create"], "after": {"block_public_acls": true, "block_public_policy": true, "ignore_public_acls": true, "restrict_public_buckets": true}, "after_unknown": {"bucket": true, "id": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_s3_bucket.data", "mode": "managed", "type": "aws_s3_bucket", "name": "data", "provider_config_key": "aws", "expressions": {"bucket": {"constant_value": "acme-data"}, "force_destroy": {"constant_value": false}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}}, "schema_version": 0}, {"address": "aws_s3_bucket_public_access_block.data", "mode": "managed", "type": "aws_s3_bucket_public_access_block", "name": "data", "provider_config_key": "aws", "expressions": {"block_public_acls": {"constant_value": true}, "block_public_policy": {"constant_value": true}, "bucket": {"references": ["aws_s3_bucket.data.id", "aws_s3_bucket.data"]}, "ignore_public_acls": {"constant_value": true}, "restrict_public_buckets": {"constant_value": true}}, "schema_version": 0}]}},
	}
	count(found) == 0
}

test_pass_account_level if {
	found := {v.path | some v in s3_public_access_block.violation} with input as {
		"resource_changes": [
			{"address": "aws_s3_bucket.scratch", "type": "aws_s3_bucket", "change": {"actions": ["create"], "after": {"bucket": "acme-scratch", "force_destroy": false}, "after_unknown": {"id": true, "arn": true, "bucket_domain_name": true, "bucket_regional_domain_name": true, "hosted_zone_id": true, "region": true, "acl": true, "policy": true, "versioning": true, "logging": true, "server_side_encryption_configuration": true, "object_lock_enabled": true}}},
			{"address": "aws_s3_account_public_access_block.this", "type": "aws_s3_account_public_access_block", "change": {"actions": ["create"], "after": {"account_id": null, "block_public_acls": true, "block_public_policy": true, "ignore_public_acls": true, "restrict_public_buckets": true}, "after_unknown": {"id": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_s3_bucket.scratch", "mode": "managed", "type": "aws_s3_bucket", "name": "scratch", "provider_config_key": "aws", "expressions": {"bucket": {"constant_value": "acme-scratch"}, "force_destroy": {"constant_value": false}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}}, "schema_version": 0}, {"address": "aws_s3_account_public_access_block.this", "mode": "managed", "type": "aws_s3_account_public_access_block", "name": "this", "provider_config_key": "aws", "expressions": {"block_public_acls": {"constant_value": true}, "block_public_policy": {"constant_value": true}, "ignore_public_acls": {"constant_value": true}, "restrict_public_buckets": {"constant_value": true}}, "schema_version": 0}]}},
	}
	count(found) == 0
}

test_fail_missing_and_partial if {
	found := {v.path | some v in s3_public_access_block.violation} with input as {
		"resource_changes": [
			{"address": "aws_s3_bucket.data", "type": "aws_s3_bucket", "change": {"actions": ["create"], "after": {"bucket": "acme-data", "force_destroy": false}, "after_unknown": {"id": true, "arn": true, "bucket_domain_name": true, "bucket_regional_domain_name": true, "hosted_zone_id": true, "region": true, "acl": true, "policy": true, "versioning": true, "logging": true, "server_side_encryption_configuration": true, "object_lock_enabled": true}}},
			{"address": "aws_s3_bucket_public_access_block.data", "type": "aws_s3_bucket_public_access_block", "change": {"actions": ["create"], "after": {"block_public_acls": true, "block_public_policy": true, "ignore_public_acls": true, "restrict_public_buckets": true}, "after_unknown": {"bucket": true, "id": true}}},
			{"address": "aws_s3_bucket.backups", "type": "aws_s3_bucket", "change": {"actions": ["create"], "after": {"bucket": "acme-backups", "force_destroy": false}, "after_unknown": {"id": true, "arn": true, "bucket_domain_name": true, "bucket_regional_domain_name": true, "hosted_zone_id": true, "region": true, "acl": true, "policy": true, "versioning": true, "logging": true, "server_side_encryption_configuration": true, "object_lock_enabled": true}}},
			{"address": "aws_s3_bucket.media", "type": "aws_s3_bucket", "change": {"actions": ["create"], "after": {"bucket": "acme-media", "force_destroy": false}, "after_unknown": {"id": true, "arn": true, "bucket_domain_name": true, "bucket_regional_domain_name": true, "hosted_zone_id": true, "region": true, "acl": true, "policy": true, "versioning": true, "logging": true, "server_side_encryption_configuration": true, "object_lock_enabled": true}}},
			{"address": "aws_s3_bucket_public_access_block.media", "type": "aws_s3_bucket_public_access_block", "change": {"actions": ["create"], "after": {"block_public_acls": true, "block_public_policy": false, "ignore_public_acls": true, "restrict_public_buckets": false}, "after_unknown": {"bucket": true, "id": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_s3_bucket.data", "mode": "managed", "type": "aws_s3_bucket", "name": "data", "provider_config_key": "aws", "expressions": {"bucket": {"constant_value": "acme-data"}, "force_destroy": {"constant_value": false}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}}, "schema_version": 0}, {"address": "aws_s3_bucket_public_access_block.data", "mode": "managed", "type": "aws_s3_bucket_public_access_block", "name": "data", "provider_config_key": "aws", "expressions": {"block_public_acls": {"constant_value": true}, "block_public_policy": {"constant_value": true}, "bucket": {"references": ["aws_s3_bucket.data.id", "aws_s3_bucket.data"]}, "ignore_public_acls": {"constant_value": true}, "restrict_public_buckets": {"constant_value": true}}, "schema_version": 0}, {"address": "aws_s3_bucket.backups", "mode": "managed", "type": "aws_s3_bucket", "name": "backups", "provider_config_key": "aws", "expressions": {"bucket": {"constant_value": "acme-backups"}, "force_destroy": {"constant_value": false}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}}, "schema_version": 0}, {"address": "aws_s3_bucket.media", "mode": "managed", "type": "aws_s3_bucket", "name": "media", "provider_config_key": "aws", "expressions": {"bucket": {"constant_value": "acme-media"}, "force_destroy": {"constant_value": false}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}}, "schema_version": 0}, {"address": "aws_s3_bucket_public_access_block.media", "mode": "managed", "type": "aws_s3_bucket_public_access_block", "name": "media", "provider_config_key": "aws", "expressions": {"block_public_acls": {"constant_value": true}, "block_public_policy": {"constant_value": false}, "bucket": {"references": ["aws_s3_bucket.media.id", "aws_s3_bucket.media"]}, "ignore_public_acls": {"constant_value": true}, "restrict_public_buckets": {"constant_value": false}}, "schema_version": 0}]}},
	}
	found == {["resource_changes", 2, "change", "after"], ["resource_changes", 4, "change", "after", "block_public_policy"], ["resource_changes", 4, "change", "after", "restrict_public_buckets"]}
}

test_fail_missing_and_partial_message_names_resource if {
	vs := s3_public_access_block.violation with input as {
		"resource_changes": [
			{"address": "aws_s3_bucket.data", "type": "aws_s3_bucket", "change": {"actions": ["create"], "after": {"bucket": "acme-data", "force_destroy": false}, "after_unknown": {"id": true, "arn": true, "bucket_domain_name": true, "bucket_regional_domain_name": true, "hosted_zone_id": true, "region": true, "acl": true, "policy": true, "versioning": true, "logging": true, "server_side_encryption_configuration": true, "object_lock_enabled": true}}},
			{"address": "aws_s3_bucket_public_access_block.data", "type": "aws_s3_bucket_public_access_block", "change": {"actions": ["create"], "after": {"block_public_acls": true, "block_public_policy": true, "ignore_public_acls": true, "restrict_public_buckets": true}, "after_unknown": {"bucket": true, "id": true}}},
			{"address": "aws_s3_bucket.backups", "type": "aws_s3_bucket", "change": {"actions": ["create"], "after": {"bucket": "acme-backups", "force_destroy": false}, "after_unknown": {"id": true, "arn": true, "bucket_domain_name": true, "bucket_regional_domain_name": true, "hosted_zone_id": true, "region": true, "acl": true, "policy": true, "versioning": true, "logging": true, "server_side_encryption_configuration": true, "object_lock_enabled": true}}},
			{"address": "aws_s3_bucket.media", "type": "aws_s3_bucket", "change": {"actions": ["create"], "after": {"bucket": "acme-media", "force_destroy": false}, "after_unknown": {"id": true, "arn": true, "bucket_domain_name": true, "bucket_regional_domain_name": true, "hosted_zone_id": true, "region": true, "acl": true, "policy": true, "versioning": true, "logging": true, "server_side_encryption_configuration": true, "object_lock_enabled": true}}},
			{"address": "aws_s3_bucket_public_access_block.media", "type": "aws_s3_bucket_public_access_block", "change": {"actions": ["create"], "after": {"block_public_acls": true, "block_public_policy": false, "ignore_public_acls": true, "restrict_public_buckets": false}, "after_unknown": {"bucket": true, "id": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_s3_bucket.data", "mode": "managed", "type": "aws_s3_bucket", "name": "data", "provider_config_key": "aws", "expressions": {"bucket": {"constant_value": "acme-data"}, "force_destroy": {"constant_value": false}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}}, "schema_version": 0}, {"address": "aws_s3_bucket_public_access_block.data", "mode": "managed", "type": "aws_s3_bucket_public_access_block", "name": "data", "provider_config_key": "aws", "expressions": {"block_public_acls": {"constant_value": true}, "block_public_policy": {"constant_value": true}, "bucket": {"references": ["aws_s3_bucket.data.id", "aws_s3_bucket.data"]}, "ignore_public_acls": {"constant_value": true}, "restrict_public_buckets": {"constant_value": true}}, "schema_version": 0}, {"address": "aws_s3_bucket.backups", "mode": "managed", "type": "aws_s3_bucket", "name": "backups", "provider_config_key": "aws", "expressions": {"bucket": {"constant_value": "acme-backups"}, "force_destroy": {"constant_value": false}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}}, "schema_version": 0}, {"address": "aws_s3_bucket.media", "mode": "managed", "type": "aws_s3_bucket", "name": "media", "provider_config_key": "aws", "expressions": {"bucket": {"constant_value": "acme-media"}, "force_destroy": {"constant_value": false}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}}, "schema_version": 0}, {"address": "aws_s3_bucket_public_access_block.media", "mode": "managed", "type": "aws_s3_bucket_public_access_block", "name": "media", "provider_config_key": "aws", "expressions": {"block_public_acls": {"constant_value": true}, "block_public_policy": {"constant_value": false}, "bucket": {"references": ["aws_s3_bucket.media.id", "aws_s3_bucket.media"]}, "ignore_public_acls": {"constant_value": true}, "restrict_public_buckets": {"constant_value": false}}, "schema_version": 0}]}},
	}
	some v in vs
	v.path == ["resource_changes", 2, "change", "after"]
	contains(v.msg, "aws_s3_bucket.backups")
}

test_matched_by_name if {
	found := {v.path | some v in s3_public_access_block.violation} with input as {
		"resource_changes": [
			{"address": "aws_s3_bucket.logs", "type": "aws_s3_bucket", "change": {"actions": ["create"], "after": {"bucket": "acme-logs", "force_destroy": false}, "after_unknown": {"id": true, "arn": true, "bucket_domain_name": true, "bucket_regional_domain_name": true, "hosted_zone_id": true, "region": true, "acl": true, "policy": true, "versioning": true, "logging": true, "server_side_encryption_configuration": true, "object_lock_enabled": true}}},
			{"address": "aws_s3_bucket_public_access_block.logs", "type": "aws_s3_bucket_public_access_block", "change": {"actions": ["create"], "after": {"block_public_acls": true, "block_public_policy": true, "bucket": "acme-logs", "ignore_public_acls": true, "restrict_public_buckets": true}, "after_unknown": {"id": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_s3_bucket.logs", "mode": "managed", "type": "aws_s3_bucket", "name": "logs", "provider_config_key": "aws", "expressions": {"bucket": {"constant_value": "acme-logs"}, "force_destroy": {"constant_value": false}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}}, "schema_version": 0}, {"address": "aws_s3_bucket_public_access_block.logs", "mode": "managed", "type": "aws_s3_bucket_public_access_block", "name": "logs", "provider_config_key": "aws", "expressions": {"block_public_acls": {"constant_value": true}, "block_public_policy": {"constant_value": true}, "bucket": {"constant_value": "acme-logs"}, "ignore_public_acls": {"constant_value": true}, "restrict_public_buckets": {"constant_value": true}}, "schema_version": 0}]}},
	}
	count(found) == 0
}

test_module_reference if {
	found := {v.path | some v in s3_public_access_block.violation} with input as {
		"resource_changes": [
			{"address": "module.store.aws_s3_bucket.this", "module_address": "module.store", "type": "aws_s3_bucket", "change": {"actions": ["create"], "after": {"bucket": "acme-store"}, "after_unknown": {"id": true}}},
			{"address": "module.store.aws_s3_bucket_public_access_block.this", "module_address": "module.store", "type": "aws_s3_bucket_public_access_block", "change": {"actions": ["create"], "after": {"block_public_acls": true, "block_public_policy": true, "ignore_public_acls": true, "restrict_public_buckets": true}, "after_unknown": {"bucket": true}}}
		],
		"configuration": {"root_module": {"resources": [], "module_calls": {"store": {"source": "./modules/store", "module": {"resources": [{"address": "aws_s3_bucket.this", "mode": "managed", "type": "aws_s3_bucket", "name": "this", "provider_config_key": "aws", "expressions": {"bucket": {"constant_value": "acme-store"}}, "schema_version": 0}, {"address": "aws_s3_bucket_public_access_block.this", "mode": "managed", "type": "aws_s3_bucket_public_access_block", "name": "this", "provider_config_key": "aws", "expressions": {"block_public_acls": {"constant_value": true}, "block_public_policy": {"constant_value": true}, "bucket": {"references": ["aws_s3_bucket.this.id", "aws_s3_bucket.this"]}, "ignore_public_acls": {"constant_value": true}, "restrict_public_buckets": {"constant_value": true}}, "schema_version": 0}]}}}}},
	}
	count(found) == 0
}

test_module_other_bucket if {
	found := {v.path | some v in s3_public_access_block.violation} with input as {
		"resource_changes": [
			{"address": "module.store.aws_s3_bucket.this", "module_address": "module.store", "type": "aws_s3_bucket", "change": {"actions": ["create"], "after": {"bucket": "acme-store"}, "after_unknown": {"id": true}}},
			{"address": "module.other.aws_s3_bucket_public_access_block.this", "module_address": "module.other", "type": "aws_s3_bucket_public_access_block", "change": {"actions": ["create"], "after": {"block_public_acls": true, "block_public_policy": true, "ignore_public_acls": true, "restrict_public_buckets": true}, "after_unknown": {"bucket": true}}}
		],
		"configuration": {"root_module": {"resources": [], "module_calls": {"store": {"source": "./modules/store", "module": {"resources": [{"address": "aws_s3_bucket.this", "mode": "managed", "type": "aws_s3_bucket", "name": "this", "provider_config_key": "aws", "expressions": {"bucket": {"constant_value": "acme-store"}}, "schema_version": 0}]}}, "other": {"source": "./modules/other", "module": {"resources": [{"address": "aws_s3_bucket_public_access_block.this", "mode": "managed", "type": "aws_s3_bucket_public_access_block", "name": "this", "provider_config_key": "aws", "expressions": {"block_public_acls": {"constant_value": true}, "block_public_policy": {"constant_value": true}, "bucket": {"references": ["aws_s3_bucket.this.id", "aws_s3_bucket.this"]}, "ignore_public_acls": {"constant_value": true}, "restrict_public_buckets": {"constant_value": true}}, "schema_version": 0}]}}}}},
	}
	found == {["resource_changes", 0, "change", "after"]}
}

test_module_other_bucket_message_names_resource if {
	vs := s3_public_access_block.violation with input as {
		"resource_changes": [
			{"address": "module.store.aws_s3_bucket.this", "module_address": "module.store", "type": "aws_s3_bucket", "change": {"actions": ["create"], "after": {"bucket": "acme-store"}, "after_unknown": {"id": true}}},
			{"address": "module.other.aws_s3_bucket_public_access_block.this", "module_address": "module.other", "type": "aws_s3_bucket_public_access_block", "change": {"actions": ["create"], "after": {"block_public_acls": true, "block_public_policy": true, "ignore_public_acls": true, "restrict_public_buckets": true}, "after_unknown": {"bucket": true}}}
		],
		"configuration": {"root_module": {"resources": [], "module_calls": {"store": {"source": "./modules/store", "module": {"resources": [{"address": "aws_s3_bucket.this", "mode": "managed", "type": "aws_s3_bucket", "name": "this", "provider_config_key": "aws", "expressions": {"bucket": {"constant_value": "acme-store"}}, "schema_version": 0}]}}, "other": {"source": "./modules/other", "module": {"resources": [{"address": "aws_s3_bucket_public_access_block.this", "mode": "managed", "type": "aws_s3_bucket_public_access_block", "name": "this", "provider_config_key": "aws", "expressions": {"block_public_acls": {"constant_value": true}, "block_public_policy": {"constant_value": true}, "bucket": {"references": ["aws_s3_bucket.this.id", "aws_s3_bucket.this"]}, "ignore_public_acls": {"constant_value": true}, "restrict_public_buckets": {"constant_value": true}}, "schema_version": 0}]}}}}},
	}
	some v in vs
	v.path == ["resource_changes", 0, "change", "after"]
	contains(v.msg, "module.store.aws_s3_bucket.this")
}

test_bucket_from_variable if {
	found := {v.path | some v in s3_public_access_block.violation} with input as {
		"resource_changes": [
			{"address": "aws_s3_bucket.a", "type": "aws_s3_bucket", "change": {"actions": ["create"], "after": {"bucket": "acme-a", "force_destroy": false}, "after_unknown": {"id": true, "arn": true, "bucket_domain_name": true, "bucket_regional_domain_name": true, "hosted_zone_id": true, "region": true, "acl": true, "policy": true, "versioning": true, "logging": true, "server_side_encryption_configuration": true, "object_lock_enabled": true}}},
			{"address": "aws_s3_bucket_public_access_block.shared", "type": "aws_s3_bucket_public_access_block", "change": {"actions": ["create"], "after": {"block_public_acls": true, "block_public_policy": true, "ignore_public_acls": true, "restrict_public_buckets": true}, "after_unknown": {"bucket": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_s3_bucket.a", "mode": "managed", "type": "aws_s3_bucket", "name": "a", "provider_config_key": "aws", "expressions": {"bucket": {"constant_value": "acme-a"}, "force_destroy": {"constant_value": false}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}}, "schema_version": 0}, {"address": "aws_s3_bucket_public_access_block.shared", "mode": "managed", "type": "aws_s3_bucket_public_access_block", "name": "shared", "provider_config_key": "aws", "expressions": {"block_public_acls": {"constant_value": true}, "block_public_policy": {"constant_value": true}, "bucket": {"references": ["var.bucket_id"]}, "ignore_public_acls": {"constant_value": true}, "restrict_public_buckets": {"constant_value": true}}, "schema_version": 0}]}},
	}
	count(found) == 0
}

test_flag_unknown if {
	found := {v.path | some v in s3_public_access_block.violation} with input as {
		"resource_changes": [
			{"address": "aws_s3_bucket.a", "type": "aws_s3_bucket", "change": {"actions": ["create"], "after": {"bucket": "acme-a", "force_destroy": false}, "after_unknown": {"id": true, "arn": true, "bucket_domain_name": true, "bucket_regional_domain_name": true, "hosted_zone_id": true, "region": true, "acl": true, "policy": true, "versioning": true, "logging": true, "server_side_encryption_configuration": true, "object_lock_enabled": true}}},
			{"address": "aws_s3_bucket_public_access_block.a", "type": "aws_s3_bucket_public_access_block", "change": {"actions": ["create"], "after": {"block_public_acls": true, "ignore_public_acls": true, "restrict_public_buckets": true}, "after_unknown": {"bucket": true, "id": true, "block_public_policy": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_s3_bucket.a", "mode": "managed", "type": "aws_s3_bucket", "name": "a", "provider_config_key": "aws", "expressions": {"bucket": {"constant_value": "acme-a"}, "force_destroy": {"constant_value": false}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}}, "schema_version": 0}, {"address": "aws_s3_bucket_public_access_block.a", "mode": "managed", "type": "aws_s3_bucket_public_access_block", "name": "a", "provider_config_key": "aws", "expressions": {"block_public_acls": {"constant_value": true}, "bucket": {"references": ["aws_s3_bucket.a.id", "aws_s3_bucket.a"]}, "ignore_public_acls": {"constant_value": true}, "restrict_public_buckets": {"constant_value": true}}, "schema_version": 0}]}},
	}
	count(found) == 0
}
