# METADATA
# title: S3 bucket access logging not enabled
# description: >-
#   Server access logs record every request made to a bucket: who read or changed which object,
#   from where. Without them an incident cannot be investigated. Buckets that themselves receive
#   access logs are exempt (logging a log bucket into itself loops).
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html
# custom:
#   id: terraform/s3-bucket-access-logging
#   severity: low
#   kinds: [terraform-plan]
#   remediation: |
#     Send the bucket's access logs to a dedicated log bucket.
#
#     Before:
#     ```hcl
#     resource "aws_s3_bucket" "data" {
#       bucket = "acme-data"
#     }
#     ```
#     After:
#     ```hcl
#     resource "aws_s3_bucket_logging" "data" {
#       bucket        = aws_s3_bucket.data.id
#       target_bucket = aws_s3_bucket.logs.id
#       target_prefix = "s3/acme-data/"
#     }
#     ```
#   tags: [security, aws, s3, logging]
#   equivalents:
#     checkov: [CKV_AWS_18]
#     trivy: [AVD-AWS-0089]
#     kics: [aws/s3_bucket_logging_disabled]
package palisade.terraform.s3_bucket_access_logging

import data.palisade.lib.terraform as tf

violation contains v if {
	some bucket in tf.of_type("aws_s3_bucket")
	not tf.configured(bucket, "logging")
	not tf.linked_in(_logging_of, bucket)
	not _log_target(bucket)
	v := {
		"msg": sprintf("S3 bucket %s has no access logging; add an aws_s3_bucket_logging that sends its logs to a log bucket", [bucket.address]),
		"path": tf.attr_path(bucket, "logging"),
	}
}

_log_target(bucket) if tf.linked_in(_logging_to, bucket)

_log_target(bucket) if bucket.after.bucket in _inline_log_targets

# Indexes built once per document, so each bucket is a lookup and not a rescan of the plan.
_logging_of := tf.link_index("aws_s3_bucket_logging", "bucket")

_logging_to := tf.link_index("aws_s3_bucket_logging", "target_bucket")

_inline_log_targets := {conf.target_bucket |
	some other in tf.of_type("aws_s3_bucket")
	some conf in other.after.logging
}
