# METADATA
# title: GCP compute disk not encrypted with a customer-managed or customer-supplied key
# description: >-
#   Persistent disks are encrypted with Google-managed keys unless `disk_encryption_key` names a
#   Cloud KMS key (`kms_key_self_link`) or supplies one (`raw_key` / `rsa_encrypted_key`). With a
#   Google-managed key, anyone who can attach or snapshot the disk can read it; a key you manage
#   adds an access decision, an audit trail and revocation. A `disk_encryption_key` block with no
#   key set, or an empty one, does not change that.
# related_resources:
#   - ref: https://cloud.google.com/compute/docs/disks/customer-managed-encryption
# custom:
#   id: terraform/gcp-compute-disk-customer-key
#   severity: low
#   kinds: [terraform-plan]
#   remediation: |
#     Encrypt the disk with a Cloud KMS key.
#
#     Before:
#     ```hcl
#     resource "google_compute_disk" "data" {
#       name = "data"
#       zone = "europe-west1-b"
#     }
#     ```
#     After:
#     ```hcl
#     resource "google_compute_disk" "data" {
#       name = "data"
#       zone = "europe-west1-b"
#       disk_encryption_key {
#         kms_key_self_link = google_kms_crypto_key.disks.id
#       }
#     }
#     ```
#   tags: [security, gcp, compute, encryption]
#   frameworks:
#     cis-gcp: ["4.7"]
#   equivalents:
#     checkov: [CKV_GCP_37]
#     kics: [gcp/disk_encryption_disabled]
package palisade.terraform.gcp_compute_disk_customer_key

import data.palisade.lib.terraform as tf

_key_fields := ["kms_key_self_link", "raw_key", "rsa_encrypted_key"]

violation contains v if {
	some r in tf.of_type("google_compute_disk")
	not tf.unknown(r, "disk_encryption_key")
	not _keyed(r)
	v := {
		"msg": sprintf("compute disk %s is encrypted with a Google-managed key; set disk_encryption_key.kms_key_self_link (or a customer-supplied key)", [r.address]),
		"path": tf.attr_path(r, "disk_encryption_key"),
	}
}

_keyed(r) if {
	some j, block in r.after.disk_encryption_key
	some field in _key_fields
	_set(r, ["disk_encryption_key", j, field], block)
}

# Set: a non-empty string, or a value known only after apply.
_set(r, route, _) if tf.unknown_at(r, route)

_set(_, route, block) if {
	x := block[route[2]]
	is_string(x)
	x != ""
}
