# METADATA
# title: DynamoDB table not encrypted with a KMS key
# description: >-
#   Without `server_side_encryption { enabled = true }` a DynamoDB table is encrypted with a key AWS
#   owns, which gives no key policy to restrict or audit who decrypts the data and no way to revoke
#   access by disabling the key. Use the AWS-managed or a customer-managed KMS key for tables
#   holding sensitive data.
# related_resources:
#   - ref: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html
# custom:
#   id: terraform/dynamodb-table-cmk
#   severity: low
#   kinds: [terraform-plan]
#   remediation: |
#     Add `server_side_encryption { enabled = true }`, with `kms_key_arn` for a customer-managed
#     key.
#
#     Before:
#     ```hcl
#     resource "aws_dynamodb_table" "orders" {
#       name     = "orders"
#       hash_key = "id"
#     }
#     ```
#     After:
#     ```hcl
#     resource "aws_dynamodb_table" "orders" {
#       name     = "orders"
#       hash_key = "id"
#       server_side_encryption {
#         enabled     = true
#         kms_key_arn = aws_kms_key.orders.arn
#       }
#     }
#     ```
#   tags: [security, aws, dynamodb, encryption]
#   equivalents:
#     checkov: [CKV_AWS_119]
#     trivy: [AVD-AWS-0025]
#     kics: [aws/dynamodb_table_not_encrypted]
package palisade.terraform.dynamodb_table_cmk

import data.palisade.lib.terraform as tf

violation contains v if {
	some r in tf.of_type("aws_dynamodb_table")
	tf.block_not_true(r, "server_side_encryption", "enabled")
	v := {
		"msg": sprintf("DynamoDB table %s is encrypted only with a key AWS owns; add server_side_encryption { enabled = true }", [r.address]),
		"path": tf.block_attr_path(r, "server_side_encryption", "enabled"),
	}
}
