# METADATA
# title: ECR repository does not scan images on push
# description: >-
#   Without scan on push (or registry-level enhanced scanning), images with known vulnerable
#   packages are stored and deployed without anyone being told. AWS Foundational Security Best
#   Practices ECR.1 asks for image scanning.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html
# custom:
#   id: terraform/ecr-scan-on-push
#   severity: low
#   kinds: [terraform-plan]
#   remediation: |
#     Add `image_scanning_configuration { scan_on_push = true }` (or configure enhanced scanning on
#     the registry).
#
#     Before:
#     ```hcl
#     resource "aws_ecr_repository" "app" {
#       name = "app"
#     }
#     ```
#     After:
#     ```hcl
#     resource "aws_ecr_repository" "app" {
#       name = "app"
#       image_scanning_configuration {
#         scan_on_push = true
#       }
#     }
#     ```
#   tags: [security, aws, ecr, supply-chain]
#   equivalents:
#     checkov: [CKV_AWS_163]
#     trivy: [AVD-AWS-0030]
package palisade.terraform.ecr_scan_on_push

import data.palisade.lib.terraform as tf

violation contains v if {
	some r in tf.of_type("aws_ecr_repository")
	tf.block_not_true(r, "image_scanning_configuration", "scan_on_push")
	not _registry_scanning
	v := {
		"msg": sprintf("ECR repository %s does not scan images on push; set image_scanning_configuration { scan_on_push = true }", [r.address]),
		"path": tf.block_attr_path(r, "image_scanning_configuration", "scan_on_push"),
	}
}

# Registry-wide scanning (basic on push, or enhanced) covers every repository.
_registry_scanning if {
	some s in tf.of_type("aws_ecr_registry_scanning_configuration")
	count(object.get(s.after, "rule", [])) > 0
}
