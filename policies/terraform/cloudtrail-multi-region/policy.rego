# METADATA
# title: CloudTrail trail does not cover all regions
# description: >-
#   A single-region trail misses API activity in every other region — exactly where an attacker
#   with stolen credentials starts crypto-miners or hides resources. A multi-region trail also
#   records global service events and new regions as AWS adds them.
# related_resources:
#   - ref: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/best-practices-security.html
# custom:
#   id: terraform/cloudtrail-multi-region
#   severity: medium
#   kinds: [terraform-plan]
#   remediation: |
#     Set `is_multi_region_trail = true`.
#
#     Before:
#     ```hcl
#     resource "aws_cloudtrail" "main" {
#       name           = "main"
#       s3_bucket_name = aws_s3_bucket.trail.id
#       is_multi_region_trail = false
#     }
#     ```
#     After:
#     ```hcl
#     resource "aws_cloudtrail" "main" {
#       name           = "main"
#       s3_bucket_name = aws_s3_bucket.trail.id
#       is_multi_region_trail = true
#     }
#     ```
#   tags: [security, aws, cloudtrail, logging]
#   frameworks:
#     cis-aws: ["3.1"]
#   equivalents:
#     checkov: [CKV_AWS_67]
#     trivy: [AVD-AWS-0014]
#     kics: [aws/cloudtrail_multi_region_disabled]
package palisade.terraform.cloudtrail_multi_region

import data.palisade.lib.terraform as tf

violation contains v if {
	some r in tf.of_type("aws_cloudtrail")
	tf.not_true(r, "is_multi_region_trail")
	v := {
		"msg": sprintf("CloudTrail trail %s records only its home region; set is_multi_region_trail = true", [r.address]),
		"path": tf.attr_path(r, "is_multi_region_trail"),
	}
}
