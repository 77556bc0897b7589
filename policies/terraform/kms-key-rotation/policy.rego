# METADATA
# title: KMS key rotation not enabled
# description: >-
#   Automatic rotation gives a symmetric KMS key new key material every year while old ciphertext
#   stays readable, which limits how much data one leaked or broken key version exposes.
#   Asymmetric and HMAC keys cannot rotate and are not checked.
# related_resources:
#   - ref: https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html
# custom:
#   id: terraform/kms-key-rotation
#   severity: medium
#   kinds: [terraform-plan]
#   remediation: |
#     Set `enable_key_rotation = true`.
#
#     Before:
#     ```hcl
#     resource "aws_kms_key" "logs" {
#       description = "CloudTrail logs"
#     }
#     ```
#     After:
#     ```hcl
#     resource "aws_kms_key" "logs" {
#       description         = "CloudTrail logs"
#       enable_key_rotation = true
#     }
#     ```
#   tags: [security, aws, kms, encryption]
#   frameworks:
#     cis-aws: ["3.8"]
#   equivalents:
#     checkov: [CKV_AWS_7]
#     trivy: [AVD-AWS-0065]
#     kics: [aws/cmk_rotation_disabled]
package palisade.terraform.kms_key_rotation

import data.palisade.lib.terraform as tf

violation contains v if {
	some r in tf.of_type("aws_kms_key")
	tf.not_true(r, "enable_key_rotation")
	not _cannot_rotate(r)
	v := {
		"msg": sprintf("KMS key %s does not rotate its key material; set enable_key_rotation = true", [r.address]),
		"path": tf.attr_path(r, "enable_key_rotation"),
	}
}

_cannot_rotate(r) if {
	some attr in ["customer_master_key_spec", "key_spec"]
	spec := r.after[attr]
	is_string(spec)
	spec != "SYMMETRIC_DEFAULT"
}
