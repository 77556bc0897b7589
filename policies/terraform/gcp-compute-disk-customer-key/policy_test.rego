# Unit tests for terraform/gcp-compute-disk-customer-key: the fixture cases, in miniature, and the
# edge cases (keys known only after apply, empty key blocks) that fixtures do not show.
package palisade.terraform.gcp_compute_disk_customer_key_test

import data.palisade.terraform.gcp_compute_disk_customer_key

_d(name, after, unknown) := {"address": sprintf("google_compute_disk.%s", [name]), "type": "google_compute_disk", "change": {"actions": ["create"], "after": after, "after_unknown": unknown}}

test_pass_customer_key if {
	found := {v.path | some v in gcp_compute_disk_customer_key.violation} with input as {"resource_changes": [
		_d("kms", {"disk_encryption_key": [{"kms_key_self_link": "projects/p/locations/l/keyRings/r/cryptoKeys/k"}]}, {}),
		_d("csek", {"disk_encryption_key": [{"raw_key": "c2VjcmV0"}]}, {}),
		_d("after_apply", {"disk_encryption_key": [{}]}, {"disk_encryption_key": [{"kms_key_self_link": true}]}),
		_d("block_after_apply", {}, {"disk_encryption_key": true}),
	]}
	count(found) == 0
}

test_fail_google_managed if {
	found := {v.path | some v in gcp_compute_disk_customer_key.violation} with input as {"resource_changes": [
		_d("none", {"name": "a"}, {}),
		_d("empty", {"disk_encryption_key": [{"raw_key": "", "sha256": "A"}]}, {}),
	]}
	found == {["resource_changes", 0, "change", "after"], ["resource_changes", 1, "change", "after", "disk_encryption_key"]}
}

test_fail_message_names_resource if {
	some v in gcp_compute_disk_customer_key.violation with input as {"resource_changes": [_d("data", {}, {})]}
	contains(v.msg, "google_compute_disk.data")
}
