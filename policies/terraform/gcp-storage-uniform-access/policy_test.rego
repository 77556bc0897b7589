# Unit tests for terraform/gcp-storage-uniform-access: the fixture cases, in miniature, and the edge cases
# (known-after-apply values, modules, deletions) that fixtures do not show.
package palisade.terraform.gcp_storage_uniform_access_test

import data.palisade.terraform.gcp_storage_uniform_access

test_pass_uniform if {
	found := {v.path | some v in gcp_storage_uniform_access.violation} with input as {
		"resource_changes": [
			{"address": "google_storage_bucket.assets", "type": "google_storage_bucket", "change": {"actions": ["create"], "after": {"force_destroy": false, "labels": null, "location": "EU", "name": "acme-assets", "public_access_prevention": "enforced", "storage_class": "STANDARD", "uniform_bucket_level_access": true}, "after_unknown": {"id": true, "self_link": true, "url": true, "project": true, "effective_labels": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "google_storage_bucket.assets", "mode": "managed", "type": "google_storage_bucket", "name": "assets", "provider_config_key": "google", "expressions": {"force_destroy": {"constant_value": false}, "location": {"constant_value": "EU"}, "name": {"constant_value": "acme-assets"}, "public_access_prevention": {"constant_value": "enforced"}, "storage_class": {"constant_value": "STANDARD"}, "uniform_bucket_level_access": {"constant_value": true}}, "schema_version": 0}]}},
	}
	count(found) == 0
}

test_fail_fine_grained if {
	found := {v.path | some v in gcp_storage_uniform_access.violation} with input as {
		"resource_changes": [
			{"address": "google_storage_bucket.assets", "type": "google_storage_bucket", "change": {"actions": ["create"], "after": {"force_destroy": false, "labels": null, "location": "EU", "name": "acme-assets", "public_access_prevention": "enforced", "storage_class": "STANDARD", "uniform_bucket_level_access": false}, "after_unknown": {"id": true, "self_link": true, "url": true, "project": true, "effective_labels": true}}},
			{"address": "google_storage_bucket.legacy", "type": "google_storage_bucket", "change": {"actions": ["create"], "after": {"force_destroy": false, "labels": null, "location": "EU", "name": "acme-legacy", "public_access_prevention": "enforced", "storage_class": "STANDARD", "uniform_bucket_level_access": null}, "after_unknown": {"id": true, "self_link": true, "url": true, "project": true, "effective_labels": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "google_storage_bucket.assets", "mode": "managed", "type": "google_storage_bucket", "name": "assets", "provider_config_key": "google", "expressions": {"force_destroy": {"constant_value": false}, "location": {"constant_value": "EU"}, "name": {"constant_value": "acme-assets"}, "public_access_prevention": {"constant_value": "enforced"}, "storage_class": {"constant_value": "STANDARD"}, "uniform_bucket_level_access": {"constant_value": false}}, "schema_version": 0}, {"address": "google_storage_bucket.legacy", "mode": "managed", "type": "google_storage_bucket", "name": "legacy", "provider_config_key": "google", "expressions": {"force_destroy": {"constant_value": false}, "location": {"constant_value": "EU"}, "name": {"constant_value": "acme-legacy"}, "public_access_prevention": {"constant_value": "enforced"}, "storage_class": {"constant_value": "STANDARD"}}, "schema_version": 0}]}},
	}
	found == {["resource_changes", 0, "change", "after", "uniform_bucket_level_access"], ["resource_changes", 1, "change", "after", "uniform_bucket_level_access"]}
}

test_fail_fine_grained_message_names_resource if {
	vs := gcp_storage_uniform_access.violation with input as {
		"resource_changes": [
			{"address": "google_storage_bucket.assets", "type": "google_storage_bucket", "change": {"actions": ["create"], "after": {"force_destroy": false, "labels": null, "location": "EU", "name": "acme-assets", "public_access_prevention": "enforced", "storage_class": "STANDARD", "uniform_bucket_level_access": false}, "after_unknown": {"id": true, "self_link": true, "url": true, "project": true, "effective_labels": true}}},
			{"address": "google_storage_bucket.legacy", "type": "google_storage_bucket", "change": {"actions": ["create"], "after": {"force_destroy": false, "labels": null, "location": "EU", "name": "acme-legacy", "public_access_prevention": "enforced", "storage_class": "STANDARD", "uniform_bucket_level_access": null}, "after_unknown": {"id": true, "self_link": true, "url": true, "project": true, "effective_labels": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "google_storage_bucket.assets", "mode": "managed", "type": "google_storage_bucket", "name": "assets", "provider_config_key": "google", "expressions": {"force_destroy": {"constant_value": false}, "location": {"constant_value": "EU"}, "name": {"constant_value": "acme-assets"}, "public_access_prevention": {"constant_value": "enforced"}, "storage_class": {"constant_value": "STANDARD"}, "uniform_bucket_level_access": {"constant_value": false}}, "schema_version": 0}, {"address": "google_storage_bucket.legacy", "mode": "managed", "type": "google_storage_bucket", "name": "legacy", "provider_config_key": "google", "expressions": {"force_destroy": {"constant_value": false}, "location": {"constant_value": "EU"}, "name": {"constant_value": "acme-legacy"}, "public_access_prevention": {"constant_value": "enforced"}, "storage_class": {"constant_value": "STANDARD"}}, "schema_version": 0}]}},
	}
	some v in vs
	v.path == ["resource_changes", 0, "change", "after", "uniform_bucket_level_access"]
	contains(v.msg, "google_storage_bucket.assets")
}
