# METADATA
# title: IAM policy allows a service-wide wildcard action on every resource
# description: >-
#   A statement such as `Action: "s3:*", Resource: "*"` hands over every operation of a service on
#   every resource in the account — every bucket, table or key, including ones created later.
#   Scope resources to the ARNs the workload uses; a wildcard action on a wildcard resource is
#   almost never needed.
# related_resources:
#   - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
# custom:
#   id: terraform/iam-policy-wildcard-resource
#   severity: medium
#   kinds: [terraform-plan]
#   remediation: |
#     Name the resources (ARNs) and the actions the workload needs.
#
#     Before:
#     ```json
#     {"Effect": "Allow", "Action": "dynamodb:*", "Resource": "*"}
#     ```
#     After:
#     ```json
#     {"Effect": "Allow", "Action": ["dynamodb:GetItem", "dynamodb:PutItem"],
#      "Resource": "arn:aws:dynamodb:eu-west-1:111122223333:table/orders"}
#     ```
#   tags: [security, aws, iam, least-privilege]
#   equivalents:
#     trivy: [AVD-AWS-0057]
package palisade.terraform.iam_policy_wildcard_resource

import data.palisade.lib.terraform as tf

_policy_types := ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy"]

# Action "*" itself is reported by terraform/iam-policy-wildcard-action.
violation contains v if {
	some t in _policy_types
	some r in tf.of_type(t)
	is_string(r.after.policy)
	json.is_valid(r.after.policy)
	some s in tf.statements(json.unmarshal(r.after.policy))
	s.Effect == "Allow"
	"*" in tf.as_list(s.Resource)
	actions := tf.as_list(s.Action)
	not "*" in actions
	not "*:*" in actions
	wild := [a | some a in actions; is_string(a); endswith(a, ":*")]
	count(wild) > 0
	v := {
		"msg": sprintf("%s allows %s on every resource (\"*\"); name the resource ARNs and the actions needed", [r.address, concat(", ", wild)]),
		"path": array.concat(r.path, ["policy"]),
	}
}
