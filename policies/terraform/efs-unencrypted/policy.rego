# METADATA
# title: EFS file system not encrypted at rest
# description: >-
#   An EFS file system is unencrypted unless `encrypted = true` is set when it is created, and
#   encryption cannot be turned on later: the data has to be copied to a new file system.
# related_resources:
#   - ref: https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html
# custom:
#   id: terraform/efs-unencrypted
#   severity: high
#   kinds: [terraform-plan]
#   remediation: |
#     Set `encrypted = true` (and `kms_key_id` for a customer-managed key).
#
#     Before:
#     ```hcl
#     resource "aws_efs_file_system" "shared" {
#       creation_token = "shared"
#     }
#     ```
#     After:
#     ```hcl
#     resource "aws_efs_file_system" "shared" {
#       creation_token = "shared"
#       encrypted      = true
#       kms_key_id     = aws_kms_key.efs.arn
#     }
#     ```
#   tags: [security, aws, efs, encryption]
#   equivalents:
#     checkov: [CKV_AWS_42]
#     trivy: [AVD-AWS-0037]
#     kics: [aws/efs_not_encrypted]
package palisade.terraform.efs_unencrypted

import data.palisade.lib.terraform as tf

violation contains v if {
	some r in tf.of_type("aws_efs_file_system")
	tf.not_true(r, "encrypted")
	v := {
		"msg": sprintf("EFS file system %s is not encrypted at rest; set encrypted = true when creating it", [r.address]),
		"path": tf.attr_path(r, "encrypted"),
	}
}
