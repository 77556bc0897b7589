# METADATA
# title: EBS encryption by default turned off
# description: >-
#   `aws_ebs_encryption_by_default` with `enabled = false` lets every new EBS volume and snapshot
#   in the region be created unencrypted unless each one asks for encryption, so one forgotten
#   `encrypted = true` leaves data unencrypted at rest.
# related_resources:
#   - ref: https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html
# custom:
#   id: terraform/ebs-default-encryption-disabled
#   severity: medium
#   kinds: [terraform-plan]
#   remediation: |
#     Set `enabled = true` (the default).
#
#     Before:
#     ```hcl
#     resource "aws_ebs_encryption_by_default" "this" {
#       enabled = false
#     }
#     ```
#     After:
#     ```hcl
#     resource "aws_ebs_encryption_by_default" "this" {
#       enabled = true
#     }
#     ```
#   tags: [security, aws, ebs, encryption]
#   frameworks:
#     cis-aws: ["2.2.1"]
#   equivalents:
#     checkov: [CKV_AWS_106]
#     kics: [aws/ebs_default_encryption_disabled]
package palisade.terraform.ebs_default_encryption_disabled

import data.palisade.lib.terraform as tf

violation contains v if {
	some r in tf.of_type("aws_ebs_encryption_by_default")
	r.after.enabled == false
	v := {
		"msg": sprintf("%s turns EBS encryption by default off; set enabled = true", [r.address]),
		"path": tf.attr_path(r, "enabled"),
	}
}
