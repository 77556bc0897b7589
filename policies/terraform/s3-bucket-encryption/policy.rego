# METADATA
# title: S3 bucket without default encryption configured
# description: >-
#   Without an explicit server-side encryption configuration the bucket relies on whatever the
#   account default is, and objects cannot be tied to a KMS key you control, audit and can revoke.
#   Configure SSE-KMS (or at least SSE-S3) explicitly, either inline (provider v3) or with an
#   `aws_s3_bucket_server_side_encryption_configuration` resource (provider v4+).
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-bucket-encryption.html
# custom:
#   id: terraform/s3-bucket-encryption
#   severity: medium
#   kinds: [terraform-plan]
#   remediation: |
#     Add a server-side encryption configuration for the bucket.
#
#     Before:
#     ```hcl
#     resource "aws_s3_bucket" "data" {
#       bucket = "acme-data"
#     }
#     ```
#     After:
#     ```hcl
#     resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
#       bucket = aws_s3_bucket.data.id
#       rule {
#         apply_server_side_encryption_by_default {
#           sse_algorithm     = "aws:kms"
#           kms_master_key_id = aws_kms_key.data.arn
#         }
#       }
#     }
#     ```
#   tags: [security, aws, s3, encryption]
#   frameworks:
#     cis-aws: ["2.1.1"]
#   equivalents:
#     checkov: [CKV_AWS_19]
#     trivy: [AVD-AWS-0088]
package palisade.terraform.s3_bucket_encryption

import data.palisade.lib.terraform as tf

violation contains v if {
	some bucket in tf.of_type("aws_s3_bucket")
	not tf.configured(bucket, "server_side_encryption_configuration")
	not tf.linked_in(_encryptions, bucket)
	v := {
		"msg": sprintf("S3 bucket %s has no server-side encryption configuration; add an aws_s3_bucket_server_side_encryption_configuration for it", [bucket.address]),
		"path": tf.attr_path(bucket, "server_side_encryption_configuration"),
	}
}

# Built once per document, so each bucket is a lookup and not a rescan of the plan.
_encryptions := tf.link_index("aws_s3_bucket_server_side_encryption_configuration", "bucket")
