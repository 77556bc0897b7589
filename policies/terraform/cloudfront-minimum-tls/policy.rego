# METADATA
# title: CloudFront accepts outdated TLS versions
# description: >-
#   A security policy older than TLSv1.2_2019 lets viewers negotiate TLS 1.0/1.1 or weak cipher
#   suites (SSLv3 even, with `SSLv3`), which are deprecated and open to downgrade attacks.
#   Distributions on the default *.cloudfront.net certificate cannot choose and are not checked.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html
# custom:
#   id: terraform/cloudfront-minimum-tls
#   severity: medium
#   kinds: [terraform-plan]
#   remediation: |
#     Set `minimum_protocol_version = "TLSv1.2_2021"` on the viewer certificate.
#
#     Before:
#     ```hcl
#     viewer_certificate {
#       acm_certificate_arn      = aws_acm_certificate.site.arn
#       ssl_support_method       = "sni-only"
#       minimum_protocol_version = "TLSv1"
#     }
#     ```
#     After:
#     ```hcl
#     viewer_certificate {
#       acm_certificate_arn      = aws_acm_certificate.site.arn
#       ssl_support_method       = "sni-only"
#       minimum_protocol_version = "TLSv1.2_2021"
#     }
#     ```
#   tags: [security, aws, cloudfront, encryption-in-transit]
#   equivalents:
#     checkov: [CKV_AWS_174]
#     trivy: [AVD-AWS-0013]
package palisade.terraform.cloudfront_minimum_tls

import data.palisade.lib.terraform as tf

_modern := {"TLSv1.2_2019", "TLSv1.2_2021", "TLSv1.2_2025", "TLSv1.3_2025"}

violation contains v if {
	some r in tf.of_type("aws_cloudfront_distribution")
	some j, cert in r.after.viewer_certificate
	not cert.cloudfront_default_certificate == true
	version := cert.minimum_protocol_version
	is_string(version)
	not version in _modern
	v := {
		"msg": sprintf("CloudFront distribution %s accepts viewers down to %s; set minimum_protocol_version = \"TLSv1.2_2021\"", [r.address, version]),
		"path": array.concat(r.path, ["viewer_certificate", j, "minimum_protocol_version"]),
	}
}
