# METADATA
# title: CloudTrail log file validation not enabled
# description: >-
#   Log file validation writes signed digest files so that you can prove the trail's log files
#   were not modified or deleted after delivery. Without it, an intruder who reaches the log
#   bucket can quietly edit the evidence.
# related_resources:
#   - ref: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/best-practices-security.html
# custom:
#   id: terraform/cloudtrail-log-validation
#   severity: medium
#   kinds: [terraform-plan]
#   remediation: |
#     Set `enable_log_file_validation = true`.
#
#     Before:
#     ```hcl
#     resource "aws_cloudtrail" "main" {
#       name           = "main"
#       s3_bucket_name = aws_s3_bucket.trail.id
#       # enable_log_file_validation not set
#     }
#     ```
#     After:
#     ```hcl
#     resource "aws_cloudtrail" "main" {
#       name           = "main"
#       s3_bucket_name = aws_s3_bucket.trail.id
#       enable_log_file_validation = true
#     }
#     ```
#   tags: [security, aws, cloudtrail, logging]
#   frameworks:
#     cis-aws: ["3.2"]
#   equivalents:
#     checkov: [CKV_AWS_36]
#     trivy: [AVD-AWS-0016]
#     kics: [aws/cloudtrail_log_file_validation_disabled]
package palisade.terraform.cloudtrail_log_validation

import data.palisade.lib.terraform as tf

violation contains v if {
	some r in tf.of_type("aws_cloudtrail")
	tf.not_true(r, "enable_log_file_validation")
	v := {
		"msg": sprintf("CloudTrail trail %s does not validate its log files; set enable_log_file_validation = true", [r.address]),
		"path": tf.attr_path(r, "enable_log_file_validation"),
	}
}
