# METADATA
# title: S3 bucket without a full public access block
# description: >-
#   S3 Block Public Access is the backstop that keeps a mistaken ACL or bucket policy from making
#   data public. Each bucket needs an `aws_s3_bucket_public_access_block` (or an account-wide
#   `aws_s3_account_public_access_block`) with all four switches on: block_public_acls,
#   block_public_policy, ignore_public_acls and restrict_public_buckets. S3 has turned all four
#   on for new buckets since April 2023, but not for older or imported buckets, so a bucket with
#   no such resource is reported with medium confidence; a resource that leaves a switch off is
#   reported with high confidence.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html
# custom:
#   id: terraform/s3-public-access-block
#   severity: high
#   kinds: [terraform-plan]
#   remediation: |
#     Add a public access block for the bucket with all four settings `true`.
#
#     Before:
#     ```hcl
#     resource "aws_s3_bucket" "data" {
#       bucket = "acme-data"
#     }
#     ```
#     After:
#     ```hcl
#     resource "aws_s3_bucket" "data" {
#       bucket = "acme-data"
#     }
#
#     resource "aws_s3_bucket_public_access_block" "data" {
#       bucket                  = aws_s3_bucket.data.id
#       block_public_acls       = true
#       block_public_policy     = true
#       ignore_public_acls      = true
#       restrict_public_buckets = true
#     }
#     ```
#   tags: [security, aws, s3, data-exposure]
#   frameworks:
#     cis-aws: ["2.1.5"]
#   equivalents:
#     checkov: [CKV_AWS_53, CKV_AWS_54, CKV_AWS_55, CKV_AWS_56, CKV2_AWS_6]
#     trivy: [AVD-AWS-0086, AVD-AWS-0087, AVD-AWS-0091, AVD-AWS-0093, AVD-AWS-0094]
#     kics: [aws/s3_bucket_allows_public_acl, aws/s3_bucket_with_public_policy, aws/s3_bucket_without_restriction_of_public_bucket]
package palisade.terraform.s3_public_access_block

import data.palisade.lib.terraform as tf

_flags := ["block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"]

violation contains v if {
	some bucket in tf.of_type("aws_s3_bucket")
	not tf.linked_in(_blocks, bucket)
	not _account_blocks_all
	# Since April 2023 S3 turns all four settings on for every new bucket, so a bucket created
	# now is blocked even without the resource; one created before, or imported, may not be.
	v := {
		"msg": sprintf("S3 bucket %s has no aws_s3_bucket_public_access_block; add one with all four settings true", [bucket.address]),
		"path": bucket.path,
		"confidence": "medium",
	}
}

violation contains v if {
	some t in ["aws_s3_bucket_public_access_block", "aws_s3_account_public_access_block"]
	some block in tf.of_type(t)
	some flag in _flags
	tf.not_true(block, flag)
	v := {
		"msg": sprintf("%s does not set %s = true, so that part of S3 Block Public Access is off", [block.address, flag]),
		"path": tf.attr_path(block, flag),
	}
}

# An account-wide block with every switch on covers every bucket in the account.
_account_blocks_all if {
	some block in tf.of_type("aws_s3_account_public_access_block")
	every flag in _flags {
		tf.is_true(block, flag)
	}
}

# Built once per document, so each bucket is a lookup and not a rescan of the plan.
_blocks := tf.link_index("aws_s3_bucket_public_access_block", "bucket")
