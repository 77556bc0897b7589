# Unit tests for terraform/gcp-kms-rotation over plan-shaped input: 90 days, a year, none, and an asymmetric signing key.
package palisade.terraform.gcp_kms_rotation_test

import data.palisade.terraform.gcp_kms_rotation

test_pass_rotating if {
	found := {v.path[1] | some v in gcp_kms_rotation.violation} with input as {"resource_changes": [{"address": "google_kms_crypto_key.a", "mode": "managed", "type": "google_kms_crypto_key", "name": "a", "change": {"actions": ["create"], "after": {"rotation_period": "7776000s"}, "after_unknown": {}}}, {"address": "google_kms_crypto_key.b", "mode": "managed", "type": "google_kms_crypto_key", "name": "b", "change": {"actions": ["create"], "after": {"purpose": "ASYMMETRIC_SIGN"}, "after_unknown": {}}}]}
	count(found) == 0
}

test_fail_not_rotating if {
	found := {v.path[1] | some v in gcp_kms_rotation.violation} with input as {"resource_changes": [{"address": "google_kms_crypto_key.a", "mode": "managed", "type": "google_kms_crypto_key", "name": "a", "change": {"actions": ["create"], "after": {}, "after_unknown": {}}}, {"address": "google_kms_crypto_key.b", "mode": "managed", "type": "google_kms_crypto_key", "name": "b", "change": {"actions": ["create"], "after": {"rotation_period": "31536000s"}, "after_unknown": {}}}]}
	found == {0, 1}
}
