# METADATA
# title: Long-lived access key created for an IAM user
# description: >-
#   An `aws_iam_access_key` is a static credential that never expires, usually ends up in CI
#   variables, laptops and the Terraform state (its secret is stored there in clear text unless a
#   PGP key is given), and is the most common way AWS accounts are breached. Prefer roles: OIDC
#   federation for CI, IAM Identity Center for people, instance and task roles for workloads (CIS
#   AWS Foundations 1.12-1.14).
# related_resources:
#   - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#bp-workloads-use-roles
# custom:
#   id: terraform/iam-user-access-key
#   severity: medium
#   kinds: [terraform-plan]
#   remediation: |
#     Remove the access key and let the workload assume a role (GitHub OIDC, instance profile,
#     IRSA); if a key is unavoidable, rotate it and keep its secret out of the state with `pgp_key`.
#
#     Before:
#     ```hcl
#     resource "aws_iam_access_key" "ci" {
#       user = aws_iam_user.ci.name
#     }
#     ```
#     After:
#     ```hcl
#     resource "aws_iam_role" "ci" {
#       name               = "ci"
#       assume_role_policy = data.aws_iam_policy_document.github_oidc.json
#     }
#     ```
#   tags: [security, aws, iam, secrets]
#   frameworks:
#     cis-aws: ["1.14"]
#   equivalents:
#     checkov: [CKV_AWS_273]
package palisade.terraform.iam_user_access_key

import data.palisade.lib.terraform as tf

violation contains v if {
	some r in tf.of_type("aws_iam_access_key")
	object.get(r.after, "status", "Active") != "Inactive"
	v := {
		"msg": sprintf("%s creates a long-lived access key for an IAM user; use a role the workload assumes instead", [r.address]),
		"path": r.path,
	}
}
