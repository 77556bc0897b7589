# METADATA
# title: KMS key policy allows any principal
# description: >-
#   A key policy statement that allows `"*"` (or `{"AWS": "*"}`) with no Condition lets any AWS
#   account, and for some actions anonymous callers, use or administer the key: decrypt everything
#   encrypted with it, or schedule its deletion. AWS Foundational Security Best Practices KMS.2 and
#   the KMS best practices require key policies to name their principals.
# related_resources:
#   - ref: https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html
# custom:
#   id: terraform/kms-key-policy-public
#   severity: critical
#   kinds: [terraform-plan]
#   remediation: |
#     Name the principals (the account root, roles) in the statement, or add a Condition such as
#     `aws:PrincipalOrgID` or `kms:CallerAccount`.
#
#     Before:
#     ```hcl
#     "Principal": {"AWS": "*"},
#     "Action": "kms:*"
#     ```
#     After:
#     ```hcl
#     "Principal": {"AWS": "arn:aws:iam::111122223333:root"},
#     "Action": "kms:*"
#     ```
#   tags: [security, aws, kms, public-access]
#   equivalents:
#     checkov: [CKV_AWS_33]
#     kics: [aws/kms_key_with_full_permissions]
package palisade.terraform.kms_key_policy_public

import data.palisade.lib.terraform as tf

violation contains v if {
	some t in ["aws_kms_key", "aws_kms_key_policy", "aws_kms_replica_key"]
	some r in tf.of_type(t)
	is_string(r.after.policy)
	json.is_valid(r.after.policy)
	some s in tf.statements(json.unmarshal(r.after.policy))
	s.Effect == "Allow"
	tf.any_principal(s.Principal)
	not tf.conditioned(s)
	v := {
		"msg": sprintf("%s lets any principal (\"*\") use the key with no Condition; name the principals or add a Condition", [r.address]),
		"path": array.concat(r.path, ["policy"]),
	}
}
