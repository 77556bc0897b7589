# Unit tests for terraform/gcp-bigquery-public-dataset over plan-shaped input: named grants, a public special group, a public IAM member and binding.
package palisade.terraform.gcp_bigquery_public_dataset_test

import data.palisade.terraform.gcp_bigquery_public_dataset

test_pass_named if {
	found := {v.path[1] | some v in gcp_bigquery_public_dataset.violation} with input as {"resource_changes": [{"address": "google_bigquery_dataset.a", "mode": "managed", "type": "google_bigquery_dataset", "name": "a", "change": {"actions": ["create"], "after": {"access": [{"role": "READER", "group_by_email": "analysts@example.com"}]}, "after_unknown": {}}}, {"address": "google_bigquery_dataset_iam_member.b", "mode": "managed", "type": "google_bigquery_dataset_iam_member", "name": "b", "change": {"actions": ["create"], "after": {"member": "group:analysts@example.com"}, "after_unknown": {}}}]}
	count(found) == 0
}

test_fail_public if {
	found := {v.path[1] | some v in gcp_bigquery_public_dataset.violation} with input as {"resource_changes": [{"address": "google_bigquery_dataset.a", "mode": "managed", "type": "google_bigquery_dataset", "name": "a", "change": {"actions": ["create"], "after": {"access": [{"role": "OWNER", "user_by_email": "x@example.com"}, {"role": "READER", "special_group": "allAuthenticatedUsers"}]}, "after_unknown": {}}}, {"address": "google_bigquery_dataset_iam_member.b", "mode": "managed", "type": "google_bigquery_dataset_iam_member", "name": "b", "change": {"actions": ["create"], "after": {"member": "allUsers"}, "after_unknown": {}}}, {"address": "google_bigquery_dataset_iam_binding.c", "mode": "managed", "type": "google_bigquery_dataset_iam_binding", "name": "c", "change": {"actions": ["create"], "after": {"members": ["allUsers"]}, "after_unknown": {}}}]}
	found == {0, 1, 2}
}
