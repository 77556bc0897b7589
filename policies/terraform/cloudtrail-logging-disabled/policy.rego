# METADATA
# title: CloudTrail trail with logging turned off
# description: >-
#   A trail with `enable_logging = false` exists but records nothing: API activity in the account
#   (who changed what, from where) goes unrecorded, and the trail gives a false sense of coverage.
#   Turning logging off is also a classic step of an attacker covering their tracks.
# related_resources:
#   - ref: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-turning-off-logging.html
# custom:
#   id: terraform/cloudtrail-logging-disabled
#   severity: high
#   kinds: [terraform-plan]
#   remediation: |
#     Remove `enable_logging = false` (logging is on by default) or set it to `true`.
#
#     Before:
#     ```hcl
#     resource "aws_cloudtrail" "main" {
#       name           = "main"
#       s3_bucket_name = aws_s3_bucket.trail.id
#       enable_logging = false
#     }
#     ```
#     After:
#     ```hcl
#     resource "aws_cloudtrail" "main" {
#       name           = "main"
#       s3_bucket_name = aws_s3_bucket.trail.id
#       enable_logging = true
#     }
#     ```
#   tags: [security, aws, logging, cloudtrail]
#   frameworks:
#     cis-aws: ["3.1"]
#   equivalents:
#     kics: [aws/cloudtrail_logging_disabled]
package palisade.terraform.cloudtrail_logging_disabled

import data.palisade.lib.terraform as tf

violation contains v if {
	some r in tf.of_type("aws_cloudtrail")
	r.after.enable_logging == false
	v := {
		"msg": sprintf("CloudTrail trail %s has logging turned off; set enable_logging = true", [r.address]),
		"path": tf.attr_path(r, "enable_logging"),
	}
}
