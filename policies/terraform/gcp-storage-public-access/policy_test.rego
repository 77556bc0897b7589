# Unit tests for terraform/gcp-storage-public-access: the fixture cases, in miniature, and the edge cases
# (known-after-apply values, modules, deletions) that fixtures do not show.
package palisade.terraform.gcp_storage_public_access_test

import data.palisade.terraform.gcp_storage_public_access

test_pass_private if {
	found := {v.path | some v in gcp_storage_public_access.violation} with input as {
		"resource_changes": [
			{"address": "google_storage_bucket.assets", "type": "google_storage_bucket", "change": {"actions": ["create"], "after": {"force_destroy": false, "labels": null, "location": "EU", "name": "acme-assets", "public_access_prevention": "enforced", "storage_class": "STANDARD", "uniform_bucket_level_access": true}, "after_unknown": {"id": true, "self_link": true, "url": true, "project": true, "effective_labels": true}}},
			{"address": "google_storage_bucket_iam_member.viewer", "type": "google_storage_bucket_iam_member", "change": {"actions": ["create"], "after": {"bucket": "acme-assets", "condition": [], "member": "group:web-team@example.com", "role": "roles/storage.objectViewer"}, "after_unknown": {"id": true, "etag": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "google_storage_bucket.assets", "mode": "managed", "type": "google_storage_bucket", "name": "assets", "provider_config_key": "google", "expressions": {"force_destroy": {"constant_value": false}, "location": {"constant_value": "EU"}, "name": {"constant_value": "acme-assets"}, "public_access_prevention": {"constant_value": "enforced"}, "storage_class": {"constant_value": "STANDARD"}, "uniform_bucket_level_access": {"constant_value": true}}, "schema_version": 0}, {"address": "google_storage_bucket_iam_member.viewer", "mode": "managed", "type": "google_storage_bucket_iam_member", "name": "viewer", "provider_config_key": "google", "expressions": {"bucket": {"constant_value": "acme-assets"}, "member": {"constant_value": "group:web-team@example.com"}, "role": {"constant_value": "roles/storage.objectViewer"}}, "schema_version": 0}]}},
	}
	count(found) == 0
}

test_fail_public if {
	found := {v.path | some v in gcp_storage_public_access.violation} with input as {
		"resource_changes": [
			{"address": "google_storage_bucket.assets", "type": "google_storage_bucket", "change": {"actions": ["create"], "after": {"force_destroy": false, "labels": null, "location": "EU", "name": "acme-assets", "public_access_prevention": "inherited", "storage_class": "STANDARD", "uniform_bucket_level_access": true}, "after_unknown": {"id": true, "self_link": true, "url": true, "project": true, "effective_labels": true}}},
			{"address": "google_storage_bucket_iam_member.public_read", "type": "google_storage_bucket_iam_member", "change": {"actions": ["create"], "after": {"bucket": "acme-assets", "condition": [], "member": "allUsers", "role": "roles/storage.objectViewer"}, "after_unknown": {"id": true, "etag": true}}},
			{"address": "google_storage_bucket_iam_binding.writers", "type": "google_storage_bucket_iam_binding", "change": {"actions": ["create"], "after": {"bucket": "acme-assets", "condition": [], "members": ["serviceAccount:ci@acme.iam.gserviceaccount.com", "allAuthenticatedUsers"], "role": "roles/storage.objectCreator"}, "after_unknown": {"id": true, "etag": true}}},
			{"address": "google_storage_bucket_access_control.public", "type": "google_storage_bucket_access_control", "change": {"actions": ["create"], "after": {"bucket": "acme-assets", "entity": "allUsers", "role": "READER"}, "after_unknown": {"id": true, "domain": true, "email": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "google_storage_bucket.assets", "mode": "managed", "type": "google_storage_bucket", "name": "assets", "provider_config_key": "google", "expressions": {"force_destroy": {"constant_value": false}, "location": {"constant_value": "EU"}, "name": {"constant_value": "acme-assets"}, "public_access_prevention": {"constant_value": "inherited"}, "storage_class": {"constant_value": "STANDARD"}, "uniform_bucket_level_access": {"constant_value": true}}, "schema_version": 0}, {"address": "google_storage_bucket_iam_member.public_read", "mode": "managed", "type": "google_storage_bucket_iam_member", "name": "public_read", "provider_config_key": "google", "expressions": {"bucket": {"constant_value": "acme-assets"}, "member": {"constant_value": "allUsers"}, "role": {"constant_value": "roles/storage.objectViewer"}}, "schema_version": 0}, {"address": "google_storage_bucket_iam_binding.writers", "mode": "managed", "type": "google_storage_bucket_iam_binding", "name": "writers", "provider_config_key": "google", "expressions": {"bucket": {"constant_value": "acme-assets"}, "members": {"constant_value": ["serviceAccount:ci@acme.iam.gserviceaccount.com", "allAuthenticatedUsers"]}, "role": {"constant_value": "roles/storage.objectCreator"}}, "schema_version": 0}, {"address": "google_storage_bucket_access_control.public", "mode": "managed", "type": "google_storage_bucket_access_control", "name": "public", "provider_config_key": "google", "expressions": {"bucket": {"constant_value": "acme-assets"}, "entity": {"constant_value": "allUsers"}, "role": {"constant_value": "READER"}}, "schema_version": 0}]}},
	}
	found == {["resource_changes", 1, "change", "after", "member"], ["resource_changes", 2, "change", "after", "members", 1], ["resource_changes", 3, "change", "after", "entity"]}
}

test_fail_public_message_names_resource if {
	vs := gcp_storage_public_access.violation with input as {
		"resource_changes": [
			{"address": "google_storage_bucket.assets", "type": "google_storage_bucket", "change": {"actions": ["create"], "after": {"force_destroy": false, "labels": null, "location": "EU", "name": "acme-assets", "public_access_prevention": "inherited", "storage_class": "STANDARD", "uniform_bucket_level_access": true}, "after_unknown": {"id": true, "self_link": true, "url": true, "project": true, "effective_labels": true}}},
			{"address": "google_storage_bucket_iam_member.public_read", "type": "google_storage_bucket_iam_member", "change": {"actions": ["create"], "after": {"bucket": "acme-assets", "condition": [], "member": "allUsers", "role": "roles/storage.objectViewer"}, "after_unknown": {"id": true, "etag": true}}},
			{"address": "google_storage_bucket_iam_binding.writers", "type": "google_storage_bucket_iam_binding", "change": {"actions": ["create"], "after": {"bucket": "acme-assets", "condition": [], "members": ["serviceAccount:ci@acme.iam.gserviceaccount.com", "allAuthenticatedUsers"], "role": "roles/storage.objectCreator"}, "after_unknown": {"id": true, "etag": true}}},
			{"address": "google_storage_bucket_access_control.public", "type": "google_storage_bucket_access_control", "change": {"actions": ["create"], "after": {"bucket": "acme-assets", "entity": "allUsers", "role": "READER"}, "after_unknown": {"id": true, "domain": true, "email": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "google_storage_bucket.assets", "mode": "managed", "type": "google_storage_bucket", "name": "assets", "provider_config_key": "google", "expressions": {"force_destroy": {"constant_value": false}, "location": {"constant_value": "EU"}, "name": {"constant_value": "acme-assets"}, "public_access_prevention": {"constant_value": "inherited"}, "storage_class": {"constant_value": "STANDARD"}, "uniform_bucket_level_access": {"constant_value": true}}, "schema_version": 0}, {"address": "google_storage_bucket_iam_member.public_read", "mode": "managed", "type": "google_storage_bucket_iam_member", "name": "public_read", "provider_config_key": "google", "expressions": {"bucket": {"constant_value": "acme-assets"}, "member": {"constant_value": "allUsers"}, "role": {"constant_value": "roles/storage.objectViewer"}}, "schema_version": 0}, {"address": "google_storage_bucket_iam_binding.writers", "mode": "managed", "type": "google_storage_bucket_iam_binding", "name": "writers", "provider_config_key": "google", "expressions": {"bucket": {"constant_value": "acme-assets"}, "members": {"constant_value": ["serviceAccount:ci@acme.iam.gserviceaccount.com", "allAuthenticatedUsers"]}, "role": {"constant_value": "roles/storage.objectCreator"}}, "schema_version": 0}, {"address": "google_storage_bucket_access_control.public", "mode": "managed", "type": "google_storage_bucket_access_control", "name": "public", "provider_config_key": "google", "expressions": {"bucket": {"constant_value": "acme-assets"}, "entity": {"constant_value": "allUsers"}, "role": {"constant_value": "READER"}}, "schema_version": 0}]}},
	}
	some v in vs
	v.path == ["resource_changes", 1, "change", "after", "member"]
	contains(v.msg, "google_storage_bucket_iam_member.public_read")
}

test_fail_bucket_known_after_apply if {
	vs := gcp_storage_public_access.violation with input as {"resource_changes": [{"address": "google_storage_bucket_iam_member.p", "type": "google_storage_bucket_iam_member", "change": {"actions": ["create"], "after": {"role": "roles/storage.objectViewer", "member": "allUsers"}, "after_unknown": {"bucket": true}}}]}
	some v in vs
	contains(v.msg, "(known after apply)")
}
