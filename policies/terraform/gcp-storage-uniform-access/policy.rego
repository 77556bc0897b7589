# METADATA
# title: Google Cloud Storage bucket without uniform bucket-level access
# description: >-
#   Without uniform bucket-level access, per-object ACLs can grant access that the bucket's IAM
#   policy does not show, so a review of IAM is not a review of who can read the data. Uniform
#   access disables object ACLs and makes IAM the single source of truth.
# related_resources:
#   - ref: https://cloud.google.com/storage/docs/uniform-bucket-level-access
# custom:
#   id: terraform/gcp-storage-uniform-access
#   severity: medium
#   kinds: [terraform-plan]
#   remediation: |
#     Set `uniform_bucket_level_access = true`.
#
#     Before:
#     ```hcl
#     resource "google_storage_bucket" "assets" {
#       name     = "acme-assets"
#       location = "EU"
#     }
#     ```
#     After:
#     ```hcl
#     resource "google_storage_bucket" "assets" {
#       name                        = "acme-assets"
#       location                    = "EU"
#       uniform_bucket_level_access = true
#     }
#     ```
#   tags: [security, gcp, storage]
#   frameworks:
#     cis-gcp: ["5.2"]
#   equivalents:
#     checkov: [CKV_GCP_29]
#     trivy: [AVD-GCP-0002]
#     kics: [gcp/google_storage_bucket_level_access_disabled]
package palisade.terraform.gcp_storage_uniform_access

import data.palisade.lib.terraform as tf

violation contains v if {
	some r in tf.of_type("google_storage_bucket")
	tf.not_true(r, "uniform_bucket_level_access")
	v := {
		"msg": sprintf("bucket %s does not enforce uniform bucket-level access; set uniform_bucket_level_access = true", [r.address]),
		"path": tf.attr_path(r, "uniform_bucket_level_access"),
	}
}
