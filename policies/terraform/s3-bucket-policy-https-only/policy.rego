# METADATA
# title: S3 bucket policy does not deny plain-HTTP requests
# description: >-
#   S3 answers plain HTTP as well as HTTPS. Unless the bucket policy denies requests where
#   `aws:SecureTransport` is false, objects and credentials-bearing requests can cross the network
#   unencrypted. An `Allow` with `aws:SecureTransport = true` is not enough: any other statement
#   (or an IAM policy) that allows access still allows it over HTTP. Checked on bucket policies
#   whose JSON is known (literal, `jsonencode`, or `aws_iam_policy_document`); a policy known only
#   after apply is not judged.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html
# custom:
#   id: terraform/s3-bucket-policy-https-only
#   severity: medium
#   kinds: [terraform-plan]
#   remediation: |
#     Add a statement that denies every request made without TLS.
#
#     Before:
#     ```hcl
#     data "aws_iam_policy_document" "b" {
#       statement {
#         actions   = ["s3:GetObject"]
#         resources = ["arn:aws:s3:::acme-data/*"]
#         principals {
#           type        = "AWS"
#           identifiers = ["arn:aws:iam::123456789012:role/reader"]
#         }
#       }
#     }
#     ```
#     After (add to the same document):
#     ```hcl
#       statement {
#         sid       = "DenyInsecureTransport"
#         effect    = "Deny"
#         actions   = ["s3:*"]
#         resources = ["arn:aws:s3:::acme-data", "arn:aws:s3:::acme-data/*"]
#         principals {
#           type        = "*"
#           identifiers = ["*"]
#         }
#         condition {
#           test     = "Bool"
#           variable = "aws:SecureTransport"
#           values   = ["false"]
#         }
#       }
#     ```
#   tags: [security, aws, s3, encryption-in-transit]
#   frameworks:
#     cis-aws: ["2.1.2"]
#   equivalents:
#     kics: [aws/s3_bucket_policy_accepts_http_requests]
package palisade.terraform.s3_bucket_policy_https_only

import data.palisade.lib.terraform as tf

violation contains v if {
	some t in ["aws_s3_bucket_policy", "aws_s3_bucket"]
	some r in tf.of_type(t)
	is_string(r.after.policy)
	json.is_valid(r.after.policy)
	doc := json.unmarshal(r.after.policy)
	count(tf.statements(doc)) > 0
	not _denies_http(doc)
	v := {
		"msg": sprintf("%s: the bucket policy does not deny requests without TLS; add a Deny statement with condition aws:SecureTransport = false", [r.address]),
		"path": array.concat(r.path, ["policy"]),
	}
}

_denies_http(doc) if {
	some s in tf.statements(doc)
	s.Effect == "Deny"
	some test, conds in s.Condition
	lower(test) == "bool"
	some key, value in conds
	lower(key) == "aws:securetransport"
	some x in _as_values(value)
	lower(sprintf("%v", [x])) == "false"
}

_as_values(v) := v if is_array(v)

_as_values(v) := [v] if not is_array(v)
