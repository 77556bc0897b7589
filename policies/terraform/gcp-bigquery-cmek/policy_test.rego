# Unit tests for terraform/gcp-bigquery-cmek over plan-shaped input: with and without a default KMS key.
package palisade.terraform.gcp_bigquery_cmek_test

import data.palisade.terraform.gcp_bigquery_cmek

test_pass_cmek if {
	found := {v.path[1] | some v in gcp_bigquery_cmek.violation} with input as {"resource_changes": [{"address": "google_bigquery_dataset.a", "mode": "managed", "type": "google_bigquery_dataset", "name": "a", "change": {"actions": ["create"], "after": {"default_encryption_configuration": [{"kms_key_name": "k"}]}, "after_unknown": {}}}]}
	count(found) == 0
}

test_fail_google_key if {
	found := {v.path[1] | some v in gcp_bigquery_cmek.violation} with input as {"resource_changes": [{"address": "google_bigquery_dataset.a", "mode": "managed", "type": "google_bigquery_dataset", "name": "a", "change": {"actions": ["create"], "after": {}, "after_unknown": {}}}, {"address": "google_bigquery_dataset.b", "mode": "managed", "type": "google_bigquery_dataset", "name": "b", "change": {"actions": ["create"], "after": {"default_encryption_configuration": []}, "after_unknown": {}}}]}
	found == {0, 1}
}
