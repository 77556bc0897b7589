# METADATA
# title: IAM policy attached directly to a user
# description: >-
#   Permissions granted to individual users drift: they are forgotten when people change roles and
#   are invisible when reviewing groups. Grant permissions to groups or roles and make users
#   members, so that access is reviewed and revoked in one place.
# related_resources:
#   - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#use-groups-for-permissions
# custom:
#   id: terraform/iam-policy-attached-to-user
#   severity: low
#   kinds: [terraform-plan]
#   remediation: |
#     Attach the policy to a group and add the user to it.
#
#     Before:
#     ```hcl
#     resource "aws_iam_user_policy_attachment" "ci" {
#       user       = aws_iam_user.ci.name
#       policy_arn = aws_iam_policy.deploy.arn
#     }
#     ```
#     After:
#     ```hcl
#     resource "aws_iam_group_policy_attachment" "deployers" {
#       group      = aws_iam_group.deployers.name
#       policy_arn = aws_iam_policy.deploy.arn
#     }
#
#     resource "aws_iam_user_group_membership" "ci" {
#       user   = aws_iam_user.ci.name
#       groups = [aws_iam_group.deployers.name]
#     }
#     ```
#   tags: [security, aws, iam]
#   frameworks:
#     cis-aws: ["1.15"]
#   equivalents:
#     checkov: [CKV_AWS_40]
package palisade.terraform.iam_policy_attached_to_user

import data.palisade.lib.terraform as tf

violation contains v if {
	some t in ["aws_iam_user_policy", "aws_iam_user_policy_attachment"]
	some r in tf.of_type(t)
	v := {
		"msg": sprintf("%s attaches a policy directly to user %s; attach it to a group and add the user to the group", [r.address, _user(r)]),
		"path": tf.attr_path(r, "user"),
	}
}

violation contains v if {
	some r in tf.of_type("aws_iam_policy_attachment")
	some k, user in r.after.users
	v := {
		"msg": sprintf("%s attaches a policy directly to user \"%s\"; attach it to a group instead", [r.address, user]),
		"path": array.concat(r.path, ["users", k]),
	}
}

_user(r) := sprintf("\"%s\"", [r.after.user]) if is_string(r.after.user)

_user(r) := "(known after apply)" if not is_string(object.get(r.after, "user", null))
