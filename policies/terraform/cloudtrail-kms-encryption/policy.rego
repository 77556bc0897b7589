# METADATA
# title: CloudTrail logs not encrypted with a KMS key
# description: >-
#   CloudTrail logs describe every API call in the account. Encrypting them with a customer
#   managed KMS key (SSE-KMS) adds a second, separately audited permission: reading the bucket is
#   no longer enough to read the logs.
# related_resources:
#   - ref: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/best-practices-security.html
# custom:
#   id: terraform/cloudtrail-kms-encryption
#   severity: medium
#   kinds: [terraform-plan]
#   remediation: |
#     Set `kms_key_id` to the ARN of a customer managed KMS key whose policy allows CloudTrail.
#
#     Before:
#     ```hcl
#     resource "aws_cloudtrail" "main" {
#       name           = "main"
#       s3_bucket_name = aws_s3_bucket.trail.id
#       # kms_key_id not set
#     }
#     ```
#     After:
#     ```hcl
#     resource "aws_cloudtrail" "main" {
#       name           = "main"
#       s3_bucket_name = aws_s3_bucket.trail.id
#       kms_key_id     = aws_kms_key.trail.arn
#     }
#     ```
#   tags: [security, aws, cloudtrail, logging]
#   frameworks:
#     cis-aws: ["3.7"]
#   equivalents:
#     checkov: [CKV_AWS_35]
#     trivy: [AVD-AWS-0015]
#     kics: [aws/cloudtrail_log_files_not_encrypted_with_kms]
package palisade.terraform.cloudtrail_kms_encryption

import data.palisade.lib.terraform as tf

violation contains v if {
	some r in tf.of_type("aws_cloudtrail")
	_no_key(r)
	v := {
		"msg": sprintf("CloudTrail trail %s does not encrypt its logs with a KMS key; set kms_key_id to a customer managed key", [r.address]),
		"path": tf.attr_path(r, "kms_key_id"),
	}
}

_no_key(r) if {
	not tf.unknown(r, "kms_key_id")
	not _has_key(r)
}

_has_key(r) if {
	is_string(r.after.kms_key_id)
	r.after.kms_key_id != ""
}
