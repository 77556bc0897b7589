# METADATA
# title: RDS storage is not encrypted
# description: >-
#   An unencrypted RDS instance or Aurora cluster keeps its data, automated backups, read replicas
#   and snapshots in the clear. Encryption can only be chosen at creation: fixing it later means a
#   snapshot, an encrypted copy and a restore.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html
# custom:
#   id: terraform/rds-storage-unencrypted
#   severity: high
#   kinds: [terraform-plan]
#   remediation: |
#     Set `storage_encrypted = true` (optionally with `kms_key_id`).
#
#     Before:
#     ```hcl
#     resource "aws_db_instance" "orders" {
#       engine            = "postgres"
#       storage_encrypted = false
#     }
#     ```
#     After:
#     ```hcl
#     resource "aws_db_instance" "orders" {
#       engine            = "postgres"
#       storage_encrypted = true
#     }
#     ```
#   tags: [security, aws, rds, encryption]
#   frameworks:
#     cis-aws: ["2.3.1"]
#   equivalents:
#     checkov: [CKV_AWS_16, CKV_AWS_96]
#     trivy: [AVD-AWS-0080, AVD-AWS-0079]
#     kics: [aws/db_instance_storage_not_encrypted, aws/rds_database_cluster_not_encrypted, aws/rds_storage_not_encrypted]
package palisade.terraform.rds_storage_unencrypted

import data.palisade.lib.terraform as tf

violation contains v if {
	some t in ["aws_db_instance", "aws_rds_cluster"]
	some r in tf.of_type(t)
	tf.not_true(r, "storage_encrypted")
	not _inherits_encryption(r)
	v := {
		"msg": sprintf("%s does not encrypt its storage; set storage_encrypted = true", [r.address]),
		"path": tf.attr_path(r, "storage_encrypted"),
	}
}

# A read replica takes its encryption from the source; Aurora Serverless v1 is always encrypted.
_inherits_encryption(r) if tf.configured(r, "replicate_source_db")

_inherits_encryption(r) if r.after.engine_mode == "serverless"

# A KMS key for the storage is only accepted by RDS together with encryption (the API rejects
# kms_key_id on unencrypted storage), so the author asked for encrypted storage.
_inherits_encryption(r) if tf.configured(r, "kms_key_id")
