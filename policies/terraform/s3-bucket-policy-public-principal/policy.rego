# METADATA
# title: S3 bucket policy allows any principal without a condition
# description: >-
#   A bucket policy statement that allows `Principal: "*"` (or `{"AWS": "*"}`) with no
#   `Condition` opens the listed actions to every AWS account and anonymous caller on the
#   internet. Conditions such as `aws:SourceVpce`, `aws:PrincipalOrgID` or `aws:SourceArn` are
#   what make a wildcard principal safe.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status
# custom:
#   id: terraform/s3-bucket-policy-public-principal
#   severity: critical
#   kinds: [terraform-plan]
#   remediation: |
#     Name the principals that need access, or keep the wildcard and add a `Condition` that
#     restricts callers (VPC endpoint, organization, source ARN).
#
#     Before:
#     ```json
#     {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::assets/*"}
#     ```
#     After:
#     ```json
#     {"Effect": "Allow", "Principal": {"Service": "cloudfront.amazonaws.com"}, "Action": "s3:GetObject",
#      "Resource": "arn:aws:s3:::assets/*",
#      "Condition": {"StringEquals": {"AWS:SourceArn": "arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE"}}}
#     ```
#   tags: [security, aws, s3, iam, data-exposure]
#   equivalents:
#     checkov: [CKV_AWS_70]
#     kics: [aws/s3_bucket_access_to_any_principal]
package palisade.terraform.s3_bucket_policy_public_principal

import data.palisade.lib.terraform as tf

violation contains v if {
	some t in ["aws_s3_bucket_policy", "aws_s3_bucket"]
	some r in tf.of_type(t)
	is_string(r.after.policy)
	json.is_valid(r.after.policy)
	some s in tf.statements(json.unmarshal(r.after.policy))
	s.Effect == "Allow"
	tf.any_principal(s.Principal)
	not tf.conditioned(s)
	v := {
		"msg": sprintf("%s allows %s to any principal (\"*\") with no Condition%s; name the principals or add a Condition", [r.address, _actions(s), _sid(s)]),
		"path": array.concat(r.path, ["policy"]),
	}
}

_actions(s) := concat(", ", [a | some a in tf.as_list(s.Action); is_string(a)]) if s.Action

_actions(s) := "every action except NotAction" if not s.Action

_sid(s) := sprintf(" (statement \"%s\")", [s.Sid]) if s.Sid

_sid(s) := "" if not s.Sid
