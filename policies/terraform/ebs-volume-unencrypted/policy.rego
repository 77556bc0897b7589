# METADATA
# title: EBS volume is not encrypted
# description: >-
#   An unencrypted EBS volume, and every snapshot taken from it, stores its data in the clear;
#   snapshots are easily shared or copied across accounts. Encryption is free of charge and
#   transparent to the instance.
# related_resources:
#   - ref: https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html
# custom:
#   id: terraform/ebs-volume-unencrypted
#   severity: high
#   kinds: [terraform-plan]
#   remediation: |
#     Set `encrypted = true` (optionally with `kms_key_id`), or turn on
#     `aws_ebs_encryption_by_default` for the account and region.
#
#     Before:
#     ```hcl
#     resource "aws_ebs_volume" "data" {
#       availability_zone = "eu-west-1a"
#       size              = 100
#     }
#     ```
#     After:
#     ```hcl
#     resource "aws_ebs_volume" "data" {
#       availability_zone = "eu-west-1a"
#       size              = 100
#       encrypted         = true
#     }
#     ```
#   tags: [security, aws, ec2, encryption]
#   frameworks:
#     cis-aws: ["2.2.1"]
#   equivalents:
#     checkov: [CKV_AWS_3]
#     trivy: [AVD-AWS-0026]
#     kics: [aws/ebs_volume_encryption_disabled]
package palisade.terraform.ebs_volume_unencrypted

import data.palisade.lib.terraform as tf

violation contains v if {
	some r in tf.of_type("aws_ebs_volume")
	tf.not_true(r, "encrypted")
	not _encrypted_by_default
	v := {
		"msg": sprintf("EBS volume %s is not encrypted; set encrypted = true", [r.address]),
		"path": tf.attr_path(r, "encrypted"),
	}
}

# Account-level default encryption makes every new volume encrypted whatever it says.
_encrypted_by_default if {
	some r in tf.of_type("aws_ebs_encryption_by_default")
	not r.after.enabled == false
}
