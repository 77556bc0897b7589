# METADATA
# title: IAM policy allows all actions ("*")
# description: >-
#   A statement that allows `Action: "*"` grants full administrative power over every AWS service
#   the resource list covers. Any compromise of the identity holding it — a leaked key, an SSRF in
#   an instance role — becomes a compromise of the account.
# related_resources:
#   - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege
# custom:
#   id: terraform/iam-policy-wildcard-action
#   severity: high
#   kinds: [terraform-plan]
#   remediation: |
#     List the actions the workload calls (IAM Access Analyzer can generate them from CloudTrail).
#
#     Before:
#     ```json
#     {"Effect": "Allow", "Action": "*", "Resource": "*"}
#     ```
#     After:
#     ```json
#     {"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"], "Resource": "arn:aws:s3:::acme-uploads/*"}
#     ```
#   tags: [security, aws, iam, least-privilege]
#   frameworks:
#     cis-aws: ["1.16"]
#   equivalents:
#     checkov: [CKV_AWS_62, CKV_AWS_63]
#     trivy: [AVD-AWS-0057]
#     kics: [aws/iam_policies_with_full_privileges]
package palisade.terraform.iam_policy_wildcard_action

import data.palisade.lib.terraform as tf

_policy_types := ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy"]

violation contains v if {
	some t in _policy_types
	some r in tf.of_type(t)
	is_string(r.after.policy)
	json.is_valid(r.after.policy)
	some s in tf.statements(json.unmarshal(r.after.policy))
	s.Effect == "Allow"
	some action in tf.as_list(s.Action)
	action in {"*", "*:*"}
	v := {
		"msg": sprintf("%s allows every action (\"%s\")%s; list only the actions the workload needs", [r.address, action, _sid(s)]),
		"path": array.concat(r.path, ["policy"]),
	}
}

_sid(s) := sprintf(" in statement \"%s\"", [s.Sid]) if s.Sid

_sid(s) := "" if not s.Sid
