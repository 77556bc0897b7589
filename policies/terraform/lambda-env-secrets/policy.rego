# METADATA
# title: Credential written into a Lambda environment variable
# description: >-
#   Lambda environment variables are visible to everyone who can read the function's configuration
#   (the console, `lambda:GetFunctionConfiguration`, the Terraform state) and live in the repository
#   when written in `.tf`. A password, token or key there is a leaked credential (OWASP Top 10 CI/CD
#   CICD-SEC-6, CWE-798); read it at run time from Secrets Manager or SSM Parameter Store instead.
#   Values computed at apply time (references to a secret resource) are not flagged.
# related_resources:
#   - ref: https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-encryption
# custom:
#   id: terraform/lambda-env-secrets
#   severity: high
#   kinds: [terraform-plan]
#   remediation: |
#     Store the credential in Secrets Manager or SSM Parameter Store, pass its ARN or name, and read
#     it in the function.
#
#     Before:
#     ```hcl
#     environment {
#       variables = {
#         DB_PASSWORD = "hunter2-prod"
#       }
#     }
#     ```
#     After:
#     ```hcl
#     environment {
#       variables = {
#         DB_PASSWORD_SECRET_ARN = aws_secretsmanager_secret.db.arn
#       }
#     }
#     ```
#   tags: [security, aws, lambda, secrets]
#   equivalents:
#     checkov: [CKV_AWS_45]
package palisade.terraform.lambda_env_secrets

import data.palisade.lib.k8s
import data.palisade.lib.terraform as tf

violation contains v if {
	some r in tf.of_type("aws_lambda_function")
	env := tf.block(r, "environment")
	some name, value in env.variables
	is_string(value)
	value != ""
	k8s.credential_name(name)
	not k8s.placeholder(value)
	not _reference(value)
	v := {
		"msg": sprintf("Lambda function %s has the credential %s written into its environment; read it from Secrets Manager or SSM at run time", [r.address, name]),
		"path": array.concat(tf.block_attr_path(r, "environment", "variables"), [name]),
	}
}

# An ARN or a Secrets Manager / SSM reference names where the credential is, it is not one.
_reference(value) if startswith(value, "arn:")

_reference(value) if startswith(value, "{{resolve:")
