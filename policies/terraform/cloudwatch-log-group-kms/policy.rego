# METADATA
# title: CloudWatch log group not encrypted with a customer-managed KMS key
# description: >-
#   Logs collect secrets by accident (tokens in URLs, stack traces with connection strings).
#   CloudWatch Logs encrypts them with a service key everyone in the account with logs access can
#   use; a customer-managed KMS key (`kms_key_id`) adds a key policy that decides who can read
#   them, an audit trail of every use, and the ability to revoke access.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html
# custom:
#   id: terraform/cloudwatch-log-group-kms
#   severity: low
#   kinds: [terraform-plan]
#   remediation: |
#     Set `kms_key_id` to a customer-managed key whose policy allows the logs service.
#
#     Before:
#     ```hcl
#     resource "aws_cloudwatch_log_group" "app" {
#       name = "/app/api"
#     }
#     ```
#     After:
#     ```hcl
#     resource "aws_cloudwatch_log_group" "app" {
#       name       = "/app/api"
#       kms_key_id = aws_kms_key.logs.arn
#     }
#     ```
#   tags: [security, aws, logging, encryption]
#   equivalents:
#     checkov: [CKV_AWS_158]
#     trivy: [AVD-AWS-0017]
#     kics: [aws/cloudwatch_log_group_not_encrypted]
package palisade.terraform.cloudwatch_log_group_kms

import data.palisade.lib.terraform as tf

violation contains v if {
	some r in tf.of_type("aws_cloudwatch_log_group")
	tf.absent(r, "kms_key_id")
	v := {
		"msg": sprintf("CloudWatch log group %s is not encrypted with a customer-managed KMS key; set kms_key_id", [r.address]),
		"path": tf.attr_path(r, "kms_key_id"),
	}
}
