# METADATA
# title: S3 bucket ACL grants public access
# description: >-
#   A canned ACL of public-read, public-read-write or authenticated-read (or a grant to the
#   AllUsers / AuthenticatedUsers groups) lets anyone on the internet, or any AWS account, list
#   and read the bucket's objects — and with write, replace them. Public buckets are the most
#   common source of cloud data leaks.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl
# custom:
#   id: terraform/s3-bucket-public-acl
#   severity: critical
#   kinds: [terraform-plan]
#   remediation: |
#     Use the `private` ACL (or disable ACLs with object ownership `BucketOwnerEnforced`) and
#     share objects through a bucket policy or CloudFront instead.
#
#     Before:
#     ```hcl
#     resource "aws_s3_bucket_acl" "site" {
#       bucket = aws_s3_bucket.site.id
#       acl    = "public-read"
#     }
#     ```
#     After:
#     ```hcl
#     resource "aws_s3_bucket_acl" "site" {
#       bucket = aws_s3_bucket.site.id
#       acl    = "private"
#     }
#     ```
#   tags: [security, aws, s3, data-exposure]
#   equivalents:
#     checkov: [CKV_AWS_20, CKV_AWS_57]
#     trivy: [AVD-AWS-0092]
#     kics: [aws/s3_bucket_acl_allows_read_or_write_to_all_users]
package palisade.terraform.s3_bucket_public_acl

import data.palisade.lib.terraform as tf

_audience := {
	"public-read": "read access to everyone on the internet",
	"public-read-write": "read and write access to everyone on the internet",
	"authenticated-read": "read access to every AWS account",
}

_group_audience := {
	"http://acs.amazonaws.com/groups/global/AllUsers": "everyone on the internet",
	"http://acs.amazonaws.com/groups/global/AuthenticatedUsers": "every AWS account",
}

# AWS provider v3 and earlier: the canned ACL sits on the bucket; v4+: aws_s3_bucket_acl.
violation contains v if {
	some t in ["aws_s3_bucket", "aws_s3_bucket_acl"]
	some r in tf.of_type(t)
	audience := _audience[r.after.acl]
	v := {
		"msg": sprintf("%s sets the canned ACL \"%s\", which gives %s; use \"private\"", [r.address, r.after.acl, audience]),
		"path": array.concat(r.path, ["acl"]),
	}
}

violation contains v if {
	some r in tf.of_type("aws_s3_bucket_acl")
	some j, policy in r.after.access_control_policy
	some k, grant in policy.grant
	some m, grantee in grant.grantee
	audience := _group_audience[grantee.uri]
	v := {
		"msg": sprintf("%s grants %s to %s; remove the grant to the %s group", [r.address, grant.permission, audience, grantee.uri]),
		"path": array.concat(r.path, ["access_control_policy", j, "grant", k, "grantee", m, "uri"]),
	}
}
