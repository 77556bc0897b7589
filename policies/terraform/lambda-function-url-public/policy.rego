# METADATA
# title: Lambda function URL without authentication
# description: >-
#   A function URL with `authorization_type = "NONE"` lets anyone on the internet invoke the
#   function, bypassing IAM; unless the function authenticates every request itself, this exposes it
#   (and what its role can reach) to the world and to unbounded invocation costs. AWS Foundational
#   Security Best Practices Lambda.1 forbids public access.
# related_resources:
#   - ref: https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html
# custom:
#   id: terraform/lambda-function-url-public
#   severity: high
#   confidence: medium
#   kinds: [terraform-plan]
#   remediation: |
#     Use `authorization_type = "AWS_IAM"` and sign the callers' requests, or front the function
#     with API Gateway and an authorizer.
#
#     Before:
#     ```hcl
#     resource "aws_lambda_function_url" "api" {
#       function_name      = aws_lambda_function.api.function_name
#       authorization_type = "NONE"
#     }
#     ```
#     After:
#     ```hcl
#     resource "aws_lambda_function_url" "api" {
#       function_name      = aws_lambda_function.api.function_name
#       authorization_type = "AWS_IAM"
#     }
#     ```
#   tags: [security, aws, lambda, network]
#   equivalents:
#     checkov: [CKV_AWS_258]
package palisade.terraform.lambda_function_url_public

import data.palisade.lib.terraform as tf

violation contains v if {
	some r in tf.of_type("aws_lambda_function_url")
	upper(r.after.authorization_type) == "NONE"
	v := {
		"msg": sprintf("%s lets anyone on the internet invoke the function; use authorization_type = \"AWS_IAM\"", [r.address]),
		"path": array.concat(r.path, ["authorization_type"]),
	}
}
