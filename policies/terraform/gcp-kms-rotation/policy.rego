# METADATA
# title: Cloud KMS key not rotated at least every 90 days
# description: >-
#   A Cloud KMS key without a rotation period (or with one longer than 90 days) keeps encrypting new
#   data with the same key version for ever, so one leaked or broken version exposes everything. CIS
#   GCP Foundations 1.10 requires rotation within 90 days.
# related_resources:
#   - ref: https://cloud.google.com/kms/docs/key-rotation
# custom:
#   id: terraform/gcp-kms-rotation
#   severity: medium
#   kinds: [terraform-plan]
#   remediation: |
#     Set `rotation_period = "7776000s"` (90 days) or shorter.
#
#     Before:
#     ```hcl
#     resource "google_kms_crypto_key" "data" {
#       name     = "data"
#       key_ring = google_kms_key_ring.main.id
#     }
#     ```
#     After:
#     ```hcl
#     resource "google_kms_crypto_key" "data" {
#       name            = "data"
#       key_ring        = google_kms_key_ring.main.id
#       rotation_period = "7776000s"
#     }
#     ```
#   tags: [security, gcp, kms, encryption]
#   frameworks:
#     cis-gcp: ["1.10"]
#   equivalents:
#     checkov: [CKV_GCP_43]
#     trivy: [AVD-GCP-0065]
#     kics: [gcp/high_google_kms_crypto_key_rotation_period]
package palisade.terraform.gcp_kms_rotation

import data.palisade.lib.terraform as tf

_max_seconds := 7776000

violation contains v if {
	some r in tf.of_type("google_kms_crypto_key")
	not tf.unknown(r, "rotation_period")
	not _asymmetric(r)
	not _rotates_often(r)
	v := {
		"msg": sprintf("Cloud KMS key %s is not rotated at least every 90 days; set rotation_period = \"7776000s\" or shorter", [r.address]),
		"path": tf.attr_path(r, "rotation_period"),
	}
}

_rotates_often(r) if {
	p := r.after.rotation_period
	is_string(p)
	endswith(p, "s")
	to_number(trim_suffix(p, "s")) <= _max_seconds
}

# Only symmetric encryption keys can rotate automatically.
_asymmetric(r) if {
	purpose := r.after.purpose
	is_string(purpose)
	purpose != "ENCRYPT_DECRYPT"
}
