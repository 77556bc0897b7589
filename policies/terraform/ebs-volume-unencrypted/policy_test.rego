# Unit tests for terraform/ebs-volume-unencrypted: the fixture cases, in miniature, and the edge cases
# (known-after-apply values, modules, deletions) that fixtures do not show.
package palisade.terraform.ebs_volume_unencrypted_test

import data.palisade.terraform.ebs_volume_unencrypted

test_pass_encrypted if {
	found := {v.path | some v in ebs_volume_unencrypted.violation} with input as {
		"resource_changes": [
			{"address": "aws_ebs_volume.data", "type": "aws_ebs_volume", "change": {"actions": ["create"], "after": {"availability_zone": "eu-west-1a", "encrypted": true, "final_snapshot": false, "multi_attach_enabled": null, "size": 100, "type": "gp3"}, "after_unknown": {"id": true, "arn": true, "iops": true, "kms_key_id": true, "snapshot_id": true, "throughput": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_ebs_volume.data", "mode": "managed", "type": "aws_ebs_volume", "name": "data", "provider_config_key": "aws", "expressions": {"availability_zone": {"constant_value": "eu-west-1a"}, "encrypted": {"constant_value": true}, "final_snapshot": {"constant_value": false}, "size": {"constant_value": 100}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}, "type": {"constant_value": "gp3"}}, "schema_version": 0}]}},
	}
	count(found) == 0
}

test_pass_account_default if {
	found := {v.path | some v in ebs_volume_unencrypted.violation} with input as {
		"resource_changes": [
			{"address": "aws_ebs_encryption_by_default.this", "type": "aws_ebs_encryption_by_default", "change": {"actions": ["create"], "after": {"enabled": true}, "after_unknown": {"id": true}}},
			{"address": "aws_ebs_volume.scratch", "type": "aws_ebs_volume", "change": {"actions": ["create"], "after": {"availability_zone": "eu-west-1a", "encrypted": false, "final_snapshot": false, "multi_attach_enabled": null, "size": 100, "type": "gp3"}, "after_unknown": {"id": true, "arn": true, "iops": true, "kms_key_id": true, "snapshot_id": true, "throughput": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_ebs_encryption_by_default.this", "mode": "managed", "type": "aws_ebs_encryption_by_default", "name": "this", "provider_config_key": "aws", "expressions": {"enabled": {"constant_value": true}}, "schema_version": 0}, {"address": "aws_ebs_volume.scratch", "mode": "managed", "type": "aws_ebs_volume", "name": "scratch", "provider_config_key": "aws", "expressions": {"availability_zone": {"constant_value": "eu-west-1a"}, "encrypted": {"constant_value": false}, "final_snapshot": {"constant_value": false}, "size": {"constant_value": 100}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}, "type": {"constant_value": "gp3"}}, "schema_version": 0}]}},
	}
	count(found) == 0
}

test_fail_unencrypted if {
	found := {v.path | some v in ebs_volume_unencrypted.violation} with input as {
		"resource_changes": [
			{"address": "aws_ebs_volume.data", "type": "aws_ebs_volume", "change": {"actions": ["create"], "after": {"availability_zone": "eu-west-1a", "encrypted": false, "final_snapshot": false, "multi_attach_enabled": null, "size": 100, "type": "gp3"}, "after_unknown": {"id": true, "arn": true, "iops": true, "kms_key_id": true, "snapshot_id": true, "throughput": true}}},
			{"address": "aws_ebs_volume.logs", "type": "aws_ebs_volume", "change": {"actions": ["create"], "after": {"availability_zone": "eu-west-1a", "encrypted": true, "final_snapshot": false, "multi_attach_enabled": null, "size": 100, "type": "gp3"}, "after_unknown": {"id": true, "arn": true, "iops": true, "kms_key_id": true, "snapshot_id": true, "throughput": true}}},
			{"address": "aws_ebs_volume.cache", "type": "aws_ebs_volume", "change": {"actions": ["create"], "after": {"availability_zone": "eu-west-1a", "encrypted": false, "final_snapshot": false, "multi_attach_enabled": null, "size": 100, "type": "io2"}, "after_unknown": {"id": true, "arn": true, "iops": true, "kms_key_id": true, "snapshot_id": true, "throughput": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_ebs_volume.data", "mode": "managed", "type": "aws_ebs_volume", "name": "data", "provider_config_key": "aws", "expressions": {"availability_zone": {"constant_value": "eu-west-1a"}, "encrypted": {"constant_value": false}, "final_snapshot": {"constant_value": false}, "size": {"constant_value": 100}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}, "type": {"constant_value": "gp3"}}, "schema_version": 0}, {"address": "aws_ebs_volume.logs", "mode": "managed", "type": "aws_ebs_volume", "name": "logs", "provider_config_key": "aws", "expressions": {"availability_zone": {"constant_value": "eu-west-1a"}, "encrypted": {"constant_value": true}, "final_snapshot": {"constant_value": false}, "size": {"constant_value": 100}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}, "type": {"constant_value": "gp3"}}, "schema_version": 0}, {"address": "aws_ebs_volume.cache", "mode": "managed", "type": "aws_ebs_volume", "name": "cache", "provider_config_key": "aws", "expressions": {"availability_zone": {"constant_value": "eu-west-1a"}, "encrypted": {"constant_value": false}, "final_snapshot": {"constant_value": false}, "size": {"constant_value": 100}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}, "type": {"constant_value": "io2"}}, "schema_version": 0}]}},
	}
	found == {["resource_changes", 0, "change", "after", "encrypted"], ["resource_changes", 2, "change", "after", "encrypted"]}
}

test_fail_unencrypted_message_names_resource if {
	vs := ebs_volume_unencrypted.violation with input as {
		"resource_changes": [
			{"address": "aws_ebs_volume.data", "type": "aws_ebs_volume", "change": {"actions": ["create"], "after": {"availability_zone": "eu-west-1a", "encrypted": false, "final_snapshot": false, "multi_attach_enabled": null, "size": 100, "type": "gp3"}, "after_unknown": {"id": true, "arn": true, "iops": true, "kms_key_id": true, "snapshot_id": true, "throughput": true}}},
			{"address": "aws_ebs_volume.logs", "type": "aws_ebs_volume", "change": {"actions": ["create"], "after": {"availability_zone": "eu-west-1a", "encrypted": true, "final_snapshot": false, "multi_attach_enabled": null, "size": 100, "type": "gp3"}, "after_unknown": {"id": true, "arn": true, "iops": true, "kms_key_id": true, "snapshot_id": true, "throughput": true}}},
			{"address": "aws_ebs_volume.cache", "type": "aws_ebs_volume", "change": {"actions": ["create"], "after": {"availability_zone": "eu-west-1a", "encrypted": false, "final_snapshot": false, "multi_attach_enabled": null, "size": 100, "type": "io2"}, "after_unknown": {"id": true, "arn": true, "iops": true, "kms_key_id": true, "snapshot_id": true, "throughput": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_ebs_volume.data", "mode": "managed", "type": "aws_ebs_volume", "name": "data", "provider_config_key": "aws", "expressions": {"availability_zone": {"constant_value": "eu-west-1a"}, "encrypted": {"constant_value": false}, "final_snapshot": {"constant_value": false}, "size": {"constant_value": 100}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}, "type": {"constant_value": "gp3"}}, "schema_version": 0}, {"address": "aws_ebs_volume.logs", "mode": "managed", "type": "aws_ebs_volume", "name": "logs", "provider_config_key": "aws", "expressions": {"availability_zone": {"constant_value": "eu-west-1a"}, "encrypted": {"constant_value": true}, "final_snapshot": {"constant_value": false}, "size": {"constant_value": 100}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}, "type": {"constant_value": "gp3"}}, "schema_version": 0}, {"address": "aws_ebs_volume.cache", "mode": "managed", "type": "aws_ebs_volume", "name": "cache", "provider_config_key": "aws", "expressions": {"availability_zone": {"constant_value": "eu-west-1a"}, "encrypted": {"constant_value": false}, "final_snapshot": {"constant_value": false}, "size": {"constant_value": 100}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}, "type": {"constant_value": "io2"}}, "schema_version": 0}]}},
	}
	some v in vs
	v.path == ["resource_changes", 0, "change", "after", "encrypted"]
	contains(v.msg, "aws_ebs_volume.data")
}

test_encrypted_unknown if {
	found := {v.path | some v in ebs_volume_unencrypted.violation} with input as {
		"resource_changes": [
			{"address": "aws_ebs_volume.data", "type": "aws_ebs_volume", "change": {"actions": ["create"], "after": {"availability_zone": "eu-west-1a", "final_snapshot": false, "multi_attach_enabled": null, "size": 100, "type": "gp3"}, "after_unknown": {"id": true, "arn": true, "iops": true, "kms_key_id": true, "snapshot_id": true, "throughput": true, "encrypted": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_ebs_volume.data", "mode": "managed", "type": "aws_ebs_volume", "name": "data", "provider_config_key": "aws", "expressions": {"availability_zone": {"constant_value": "eu-west-1a"}, "final_snapshot": {"constant_value": false}, "size": {"constant_value": 100}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}, "type": {"constant_value": "gp3"}}, "schema_version": 0}]}},
	}
	count(found) == 0
}
