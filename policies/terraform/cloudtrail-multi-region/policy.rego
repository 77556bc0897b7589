# METADATA
# title: CloudTrail trail does not cover all regions
# description: >-
#   A single-region trail misses API activity in every other region — exactly where an attacker
#   with stolen credentials starts crypto-miners or hides resources. A multi-region trail also
#   records new regions as AWS adds them, and global service events (IAM, STS) unless
#   `include_global_service_events = false` turns them off, which is reported too.
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

# A multi-region trail that leaves out global service events records no IAM, STS or CloudFront
# API calls (they are global), the very calls an intruder makes to persist.
violation contains v if {
	some r in tf.of_type("aws_cloudtrail")
	tf.is_true(r, "is_multi_region_trail")
	tf.is_false(r, "include_global_service_events")
	v := {
		"msg": sprintf("CloudTrail trail %s leaves out global service events (IAM, STS, CloudFront); remove include_global_service_events = false", [r.address]),
		"path": array.concat(r.path, ["include_global_service_events"]),
	}
}
