# METADATA
# title: CloudFront serves content over plain HTTP
# description: >-
#   With `viewer_protocol_policy = "allow-all"` viewers can fetch content over unencrypted HTTP,
#   where it can be read and altered in transit — including scripts injected into pages and
#   session cookies read off the wire.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html
# custom:
#   id: terraform/cloudfront-viewer-protocol
#   severity: high
#   kinds: [terraform-plan]
#   remediation: |
#     Use `redirect-to-https` (or `https-only`) in every cache behavior.
#
#     Before:
#     ```hcl
#     default_cache_behavior {
#       viewer_protocol_policy = "allow-all"
#     }
#     ```
#     After:
#     ```hcl
#     default_cache_behavior {
#       viewer_protocol_policy = "redirect-to-https"
#     }
#     ```
#   tags: [security, aws, cloudfront, encryption-in-transit]
#   equivalents:
#     checkov: [CKV_AWS_34]
#     trivy: [AVD-AWS-0012]
package palisade.terraform.cloudfront_viewer_protocol

import data.palisade.lib.terraform as tf

violation contains v if {
	some r in tf.of_type("aws_cloudfront_distribution")
	some block in ["default_cache_behavior", "ordered_cache_behavior"]
	some j, behavior in r.after[block]
	behavior.viewer_protocol_policy == "allow-all"
	v := {
		"msg": sprintf("CloudFront distribution %s allows plain HTTP in %s%s; set viewer_protocol_policy = \"redirect-to-https\"", [r.address, block, _pattern(behavior)]),
		"path": array.concat(r.path, [block, j, "viewer_protocol_policy"]),
	}
}

_pattern(b) := sprintf(" for \"%s\"", [b.path_pattern]) if is_string(b.path_pattern)

_pattern(b) := "" if not is_string(object.get(b, "path_pattern", null))
