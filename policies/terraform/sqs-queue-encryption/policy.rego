# METADATA
# title: SQS queue without explicit server-side encryption
# description: >-
#   Messages sit in the queue until consumed, often holding customer data. Declare the encryption
#   in code — SSE-SQS (`sqs_managed_sse_enabled = true`) or a KMS key you control
#   (`kms_master_key_id`) — so that it is reviewed, cannot silently differ between accounts or
#   regions, and is not lost when someone sets `sqs_managed_sse_enabled = false`.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html
# custom:
#   id: terraform/sqs-queue-encryption
#   severity: medium
#   kinds: [terraform-plan]
#   remediation: |
#     Set a KMS key, or at least enable SQS-managed encryption.
#
#     Before:
#     ```hcl
#     resource "aws_sqs_queue" "orders" {
#       name = "orders"
#     }
#     ```
#     After:
#     ```hcl
#     resource "aws_sqs_queue" "orders" {
#       name              = "orders"
#       kms_master_key_id = aws_kms_key.queues.arn
#     }
#     ```
#   tags: [security, aws, sqs, encryption]
#   equivalents:
#     checkov: [CKV_AWS_27]
#     trivy: [AVD-AWS-0096]
#     kics: [aws/sqs_with_sse_disabled]
package palisade.terraform.sqs_queue_encryption

import data.palisade.lib.terraform as tf

violation contains v if {
	some r in tf.of_type("aws_sqs_queue")
	not _kms_key(r)
	not tf.is_true(r, "sqs_managed_sse_enabled")
	not tf.unknown(r, "sqs_managed_sse_enabled")
	v := {
		"msg": sprintf("SQS queue %s declares no server-side encryption; set kms_master_key_id or sqs_managed_sse_enabled = true", [r.address]),
		"path": _path(r),
	}
}

# A key that is set (even if known only after apply) and not empty.
_kms_key(r) if tf.unknown(r, "kms_master_key_id")

_kms_key(r) if {
	k := r.after.kms_master_key_id
	is_string(k)
	k != ""
}

# An explicit `false` is the line to change; otherwise the key attribute, or the queue.
_path(r) := tf.attr_path(r, "sqs_managed_sse_enabled") if r.after.sqs_managed_sse_enabled == false

_path(r) := tf.attr_path(r, "kms_master_key_id") if not r.after.sqs_managed_sse_enabled == false
