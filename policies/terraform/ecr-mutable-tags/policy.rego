# METADATA
# title: ECR repository allows image tags to be overwritten
# description: >-
#   With mutable tags, anyone allowed to push can replace the image behind `app:1.4.2` that
#   deployments already trust, silently swapping what runs in production (a supply-chain attack
#   path, OWASP Top 10 CI/CD CICD-SEC-9). Immutable tags make every tag name one image for good (AWS
#   Foundational Security Best Practices ECR.2).
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html
# custom:
#   id: terraform/ecr-mutable-tags
#   severity: low
#   kinds: [terraform-plan]
#   remediation: |
#     Set `image_tag_mutability = "IMMUTABLE"` and publish each build under a new tag.
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
#       name                 = "app"
#       image_tag_mutability = "IMMUTABLE"
#     }
#     ```
#   tags: [security, aws, ecr, supply-chain]
#   equivalents:
#     checkov: [CKV_AWS_51]
#     trivy: [AVD-AWS-0031]
package palisade.terraform.ecr_mutable_tags

import data.palisade.lib.terraform as tf

violation contains v if {
	some r in tf.of_type("aws_ecr_repository")
	not tf.unknown(r, "image_tag_mutability")
	not startswith(object.get(r.after, "image_tag_mutability", "MUTABLE"), "IMMUTABLE")
	v := {
		"msg": sprintf("ECR repository %s lets a pushed tag be overwritten; set image_tag_mutability = \"IMMUTABLE\"", [r.address]),
		"path": tf.attr_path(r, "image_tag_mutability"),
	}
}
