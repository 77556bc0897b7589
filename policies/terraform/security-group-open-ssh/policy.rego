# METADATA
# title: Security group allows SSH (port 22) from the internet
# description: >-
#   Port 22 (remote shell access) open to 0.0.0.0/0 or ::/0 is brute-forced and exploited by automated
#   scanners around the clock. Administrative access belongs behind a VPN, a bastion, or AWS
#   Systems Manager Session Manager, from known address ranges only.
# related_resources:
#   - ref: https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html
# custom:
#   id: terraform/security-group-open-ssh
#   severity: critical
#   kinds: [terraform-plan]
#   remediation: |
#     Restrict the rule to known administrative ranges (or remove it and use Session Manager).
#
#     Before:
#     ```hcl
#     ingress {
#       from_port   = 22
#       to_port     = 22
#       protocol    = "tcp"
#       cidr_blocks = ["0.0.0.0/0"]
#     }
#     ```
#     After:
#     ```hcl
#     ingress {
#       from_port   = 22
#       to_port     = 22
#       protocol    = "tcp"
#       cidr_blocks = ["10.20.0.0/16"]
#     }
#     ```
#   tags: [security, aws, network]
#   frameworks:
#     cis-aws: ["5.2"]
#   equivalents:
#     checkov: [CKV_AWS_24]
#     kics: [aws/security_group_with_unrestricted_access_to_ssh, aws/unrestricted_security_group_ingress]
package palisade.terraform.security_group_open_ssh

import data.palisade.lib.terraform as tf

# A rule open on every port is reported once, by terraform/security-group-open-all-ports.
violation contains v if {
	some rule in tf.public_ingress
	rule.protocol in {"tcp", "6"}
	not tf.all_ports(rule)
	tf.covers_port(rule, 22)
	v := {
		"msg": sprintf("%s allows SSH (port 22) from %s; restrict it to known address ranges", [rule.resource, rule.cidr]),
		"path": rule.path,
	}
}
