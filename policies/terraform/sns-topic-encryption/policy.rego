# METADATA
# title: SNS topic not encrypted with KMS
# description: >-
#   SNS does not encrypt messages at rest unless the topic names a KMS key. Notifications often
#   carry alert payloads, order events or personal data; set `kms_master_key_id` (the AWS-managed
#   `alias/aws/sns` at least, a customer-managed key to control access and audit use).
# related_resources:
#   - ref: https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html
# custom:
#   id: terraform/sns-topic-encryption
#   severity: medium
#   kinds: [terraform-plan]
#   remediation: |
#     Set `kms_master_key_id`.
#
#     Before:
#     ```hcl
#     resource "aws_sns_topic" "alerts" {
#       name = "alerts"
#     }
#     ```
#     After:
#     ```hcl
#     resource "aws_sns_topic" "alerts" {
#       name              = "alerts"
#       kms_master_key_id = aws_kms_key.sns.arn
#     }
#     ```
#   tags: [security, aws, sns, encryption]
#   equivalents:
#     checkov: [CKV_AWS_26]
#     trivy: [AVD-AWS-0095]
#     kics: [aws/sns_topic_not_encrypted]
package palisade.terraform.sns_topic_encryption

import data.palisade.lib.terraform as tf

violation contains v if {
	some r in tf.of_type("aws_sns_topic")
	not tf.unknown(r, "kms_master_key_id")
	not _non_empty(object.get(r.after, "kms_master_key_id", null))
	v := {
		"msg": sprintf("SNS topic %s is not encrypted at rest; set kms_master_key_id", [r.address]),
		"path": tf.attr_path(r, "kms_master_key_id"),
	}
}

_non_empty(k) if {
	is_string(k)
	k != ""
}
