# METADATA
# title: BigQuery dataset not encrypted with a customer-managed key
# description: >-
#   BigQuery encrypts data with Google-managed keys by default; a customer-managed key (CMEK) lets
#   you control, audit and revoke access to the data by disabling the key. Required only where
#   policy demands key control, hence a strict-profile check (CIS GCP Foundations 7.3).
# related_resources:
#   - ref: https://cloud.google.com/bigquery/docs/customer-managed-encryption
# custom:
#   id: terraform/gcp-bigquery-cmek
#   severity: low
#   profile: strict
#   kinds: [terraform-plan]
#   remediation: |
#     Add `default_encryption_configuration { kms_key_name = google_kms_crypto_key.bq.id }`.
#
#     Before:
#     ```hcl
#     resource "google_bigquery_dataset" "sales" {
#       dataset_id = "sales"
#     }
#     ```
#     After:
#     ```hcl
#     resource "google_bigquery_dataset" "sales" {
#       dataset_id = "sales"
#       default_encryption_configuration {
#         kms_key_name = google_kms_crypto_key.bq.id
#       }
#     }
#     ```
#   tags: [security, gcp, bigquery, encryption]
#   frameworks:
#     cis-gcp: ["7.3"]
#   equivalents:
#     checkov: [CKV_GCP_81]
package palisade.terraform.gcp_bigquery_cmek

import data.palisade.lib.terraform as tf

violation contains v if {
	some r in tf.of_type("google_bigquery_dataset")
	tf.absent(r, "default_encryption_configuration")
	v := {
		"msg": sprintf("BigQuery dataset %s uses Google-managed keys; set default_encryption_configuration with a KMS key", [r.address]),
		"path": tf.attr_path(r, "default_encryption_configuration"),
	}
}
