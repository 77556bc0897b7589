# METADATA
# title: IAM policy lets a principal pass any role
# description: >-
#   `iam:PassRole` on every resource (`"*"`) lets the principal hand any role of the account,
#   administrators included, to a service it controls (a Lambda function, an EC2 instance, a Glue
#   job) and act with that role's permissions: a well-known privilege escalation path. Name the
#   roles that may be passed (and, with `iam:PassedToService`, to which service).
# related_resources:
#   - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html
# custom:
#   id: terraform/iam-passrole-wildcard
#   severity: high
#   kinds: [terraform-plan]
#   remediation: |
#     List the ARNs of the roles the principal must pass in `Resource`, and restrict the target
#     service with the `iam:PassedToService` condition.
#
#     Before:
#     ```hcl
#     {
#       "Effect": "Allow",
#       "Action": "iam:PassRole",
#       "Resource": "*"
#     }
#     ```
#     After:
#     ```hcl
#     {
#       "Effect": "Allow",
#       "Action": "iam:PassRole",
#       "Resource": "arn:aws:iam::111122223333:role/app-lambda",
#       "Condition": {"StringEquals": {"iam:PassedToService": "lambda.amazonaws.com"}}
#     }
#     ```
#   tags: [security, aws, iam, privilege-escalation]
#   equivalents:
#     checkov: [CKV_AWS_286]
#     kics: [aws/iam_role_policy_passrole_allows_all]
package palisade.terraform.iam_passrole_wildcard

import data.palisade.lib.terraform as tf

_policy_types := ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy"]

violation contains v if {
	some t in _policy_types
	some r in tf.of_type(t)
	is_string(r.after.policy)
	json.is_valid(r.after.policy)
	some s in tf.statements(json.unmarshal(r.after.policy))
	s.Effect == "Allow"
	"*" in tf.as_list(s.Resource)
	some action in tf.as_list(s.Action)
	_passes_roles(action)
	v := {
		"msg": sprintf("%s allows %s on every role (\"*\"), so the principal can hand any role, administrators included, to a service it controls; name the roles", [r.address, action]),
		"path": array.concat(r.path, ["policy"]),
	}
}

# iam:PassRole however it is spelt (IAM action names are case-insensitive), and the prefix
# wildcards that include it; iam:* and * are terraform/iam-policy-wildcard-* findings.
_passes_roles(action) if {
	is_string(action)
	glob.match(lower(action), [], "iam:passrole")
	not lower(action) in {"*", "iam:*"}
}
