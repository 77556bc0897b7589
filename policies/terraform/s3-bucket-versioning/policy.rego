# METADATA
# title: S3 bucket versioning not enabled
# description: >-
#   Versioning keeps every overwritten or deleted object recoverable, which is what saves the data
#   after an accidental delete, a bad deploy or ransomware that rewrites objects. A bucket needs
#   versioning enabled, inline (provider v3) or through `aws_s3_bucket_versioning` (v4+).
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html
# custom:
#   id: terraform/s3-bucket-versioning
#   severity: medium
#   kinds: [terraform-plan]
#   remediation: |
#     Enable versioning for the bucket.
#
#     Before:
#     ```hcl
#     resource "aws_s3_bucket_versioning" "data" {
#       bucket = aws_s3_bucket.data.id
#       versioning_configuration {
#         status = "Suspended"
#       }
#     }
#     ```
#     After:
#     ```hcl
#     resource "aws_s3_bucket_versioning" "data" {
#       bucket = aws_s3_bucket.data.id
#       versioning_configuration {
#         status = "Enabled"
#       }
#     }
#     ```
#   tags: [reliability, aws, s3, backup]
#   equivalents:
#     checkov: [CKV_AWS_21]
#     trivy: [AVD-AWS-0090]
#     kics: [aws/s3_bucket_without_versioning]
package palisade.terraform.s3_bucket_versioning

import data.palisade.lib.terraform as tf

# No versioning anywhere: neither enabled inline nor a versioning resource for the bucket.
violation contains v if {
	some bucket in tf.of_type("aws_s3_bucket")
	not _inline_enabled(bucket)
	not tf.linked_in(_versionings, bucket)
	v := {
		"msg": sprintf("S3 bucket %s does not enable versioning; add an aws_s3_bucket_versioning with status \"Enabled\"", [bucket.address]),
		"path": _inline_path(bucket),
	}
}

# A versioning resource that suspends or disables it.
violation contains v if {
	some res in tf.of_type("aws_s3_bucket_versioning")
	some j, conf in res.after.versioning_configuration
	is_string(conf.status)
	conf.status != "Enabled"
	v := {
		"msg": sprintf("%s sets versioning status \"%s\"; set it to \"Enabled\"", [res.address, conf.status]),
		"path": array.concat(res.path, ["versioning_configuration", j, "status"]),
	}
}

_inline_enabled(bucket) if {
	some conf in bucket.after.versioning
	conf.enabled == true
}

# Configured inline but only known after apply: give it the benefit of the doubt.
_inline_enabled(bucket) if {
	tf.configured(bucket, "versioning")
	tf.unknown_at(bucket, ["versioning"])
}

_inline_path(bucket) := array.concat(bucket.path, ["versioning", 0, "enabled"]) if bucket.after.versioning[0].enabled == false

_inline_path(bucket) := tf.attr_path(bucket, "versioning") if not bucket.after.versioning[0].enabled == false

# Built once per document, so each bucket is a lookup and not a rescan of the plan.
_versionings := tf.link_index("aws_s3_bucket_versioning", "bucket")
