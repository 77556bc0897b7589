# METADATA
# title: VPC default security group allows traffic
# description: >-
#   Every instance, endpoint or Lambda launched without a security group gets its VPC's default
#   group, so a rule there opens whatever is launched carelessly. CIS AWS Foundations 5.4 (and AWS
#   Foundational Security Best Practices EC2.2) require the default security group to allow no
#   traffic at all. A rule open to the internet (0.0.0.0/0, ::/0) is reported by default; other
#   rules in the strict profile.
# related_resources:
#   - ref: https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html
# custom:
#   id: terraform/default-security-group-traffic
#   severity: medium
#   kinds: [terraform-plan]
#   remediation: |
#     Manage the default security group with no `ingress` or `egress` blocks (Terraform then removes
#     every rule), and give resources their own security groups.
#
#     Before:
#     ```hcl
#     resource "aws_default_security_group" "default" {
#       vpc_id = aws_vpc.main.id
#       ingress {
#         protocol    = -1
#         from_port   = 0
#         to_port     = 0
#         cidr_blocks = ["0.0.0.0/0"]
#       }
#     }
#     ```
#     After:
#     ```hcl
#     resource "aws_default_security_group" "default" {
#       vpc_id = aws_vpc.main.id
#     }
#     ```
#   tags: [security, aws, vpc, network]
#   frameworks:
#     cis-aws: ["5.4"]
#   equivalents:
#     checkov: [CKV2_AWS_12]
#     kics: [aws/default_security_groups_with_unrestricted_traffic]
package palisade.terraform.default_security_group_traffic

import data.palisade.lib.terraform as tf

violation contains v if {
	some r in tf.of_type("aws_default_security_group")
	some direction in ["ingress", "egress"]
	some j, rule in r.after[direction]
	v := object.union(
		{
			"msg": sprintf("%s, the VPC's default security group, has an %s rule%s; the default group should allow no traffic", [r.address, direction, _reach(rule)]),
			"path": array.concat(r.path, [direction, j]),
		},
		_profile(rule),
	)
}

_open(rule) if {
	some key in ["cidr_blocks", "ipv6_cidr_blocks"]
	some cidr in rule[key]
	tf.open_cidr(cidr)
}

_reach(rule) := " open to the internet" if _open(rule)

_reach(rule) := "" if not _open(rule)

# Rules limited to private ranges or other groups are still against CIS 5.4, but rarely a risk.
_profile(rule) := {} if _open(rule)

_profile(rule) := {"profile": "strict"} if not _open(rule)
