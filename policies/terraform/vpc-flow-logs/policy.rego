# METADATA
# title: VPC without flow logs
# description: >-
#   VPC flow logs record which addresses talked to which, on which ports, accepted or rejected.
#   They are the network evidence for investigating an intrusion or data exfiltration, and cannot
#   be produced after the fact.
# related_resources:
#   - ref: https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html
# custom:
#   id: terraform/vpc-flow-logs
#   severity: medium
#   kinds: [terraform-plan]
#   remediation: |
#     Add an `aws_flow_log` for the VPC.
#
#     Before:
#     ```hcl
#     resource "aws_vpc" "main" {
#       cidr_block = "10.0.0.0/16"
#     }
#     ```
#     After:
#     ```hcl
#     resource "aws_flow_log" "main" {
#       vpc_id               = aws_vpc.main.id
#       traffic_type         = "ALL"
#       log_destination_type = "s3"
#       log_destination      = aws_s3_bucket.flow_logs.arn
#     }
#     ```
#   tags: [security, aws, network, logging]
#   frameworks:
#     cis-aws: ["3.9"]
#   equivalents:
#     checkov: [CKV2_AWS_11]
#     trivy: [AVD-AWS-0178]
#     kics: [aws/vpc_flowlogs_disabled]
package palisade.terraform.vpc_flow_logs

import data.palisade.lib.terraform as tf

violation contains v if {
	some vpc in tf.of_type("aws_vpc")
	not tf.linked_in(_flow_logs, vpc)
	v := {
		"msg": sprintf("VPC %s has no flow log; add an aws_flow_log with vpc_id = %s.id", [vpc.address, tf.base_address(vpc.address)]),
		"path": vpc.path,
	}
}

# Built once per document, so each VPC is a lookup and not a rescan of the plan.
_flow_logs := tf.link_index("aws_flow_log", "vpc_id")
