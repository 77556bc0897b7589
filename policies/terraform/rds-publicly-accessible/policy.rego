# METADATA
# title: RDS instance is publicly accessible
# description: >-
#   `publicly_accessible = true` gives the database a public DNS name that resolves to a public IP
#   address, so that only a security group stands between it and the internet. Databases belong
#   in private subnets, reached from the application tier.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding
# custom:
#   id: terraform/rds-publicly-accessible
#   severity: critical
#   kinds: [terraform-plan]
#   remediation: |
#     Set `publicly_accessible = false` and place the instance in private subnets.
#
#     Before:
#     ```hcl
#     resource "aws_db_instance" "orders" {
#       publicly_accessible = true
#     }
#     ```
#     After:
#     ```hcl
#     resource "aws_db_instance" "orders" {
#       publicly_accessible = false
#     }
#     ```
#   tags: [security, aws, rds, network]
#   equivalents:
#     checkov: [CKV_AWS_17]
#     trivy: [AVD-AWS-0180]
#     kics: [aws/rds_db_instance_publicly_accessible]
package palisade.terraform.rds_publicly_accessible

import data.palisade.lib.terraform as tf

violation contains v if {
	some t in ["aws_db_instance", "aws_rds_cluster_instance"]
	some r in tf.of_type(t)
	tf.is_true(r, "publicly_accessible")
	v := {
		"msg": sprintf("%s is publicly accessible; set publicly_accessible = false and use private subnets", [r.address]),
		"path": array.concat(r.path, ["publicly_accessible"]),
	}
}
