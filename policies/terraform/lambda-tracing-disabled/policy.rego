# METADATA
# title: Lambda function without active X-Ray tracing
# description: >-
#   Without active tracing, the calls a Lambda function makes and receives are not recorded, which
#   hides an abused or misbehaving function during an investigation. A pedantic check (strict
#   profile): tracing costs money and many teams trace through another tool.
# related_resources:
#   - ref: https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html
# custom:
#   id: terraform/lambda-tracing-disabled
#   severity: low
#   profile: strict
#   kinds: [terraform-plan]
#   remediation: |
#     Add `tracing_config { mode = "Active" }`.
#
#     Before:
#     ```hcl
#     resource "aws_lambda_function" "api" {
#       function_name = "api"
#     }
#     ```
#     After:
#     ```hcl
#     resource "aws_lambda_function" "api" {
#       function_name = "api"
#       tracing_config {
#         mode = "Active"
#       }
#     }
#     ```
#   tags: [security, aws, lambda, logging]
#   equivalents:
#     checkov: [CKV_AWS_50]
package palisade.terraform.lambda_tracing_disabled

import data.palisade.lib.terraform as tf

violation contains v if {
	some r in tf.of_type("aws_lambda_function")
	not tf.unknown_at(r, ["tracing_config", 0, "mode"])
	not _active(r)
	v := {
		"msg": sprintf("Lambda function %s is not traced; add tracing_config { mode = \"Active\" }", [r.address]),
		"path": tf.block_attr_path(r, "tracing_config", "mode"),
	}
}

_active(r) if tf.block(r, "tracing_config").mode == "Active"
