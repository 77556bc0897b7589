# METADATA
# title: Security group allows all ports from the internet
# description: >-
#   An ingress rule for every port and protocol from 0.0.0.0/0 or ::/0 exposes every service on
#   the attached instances — databases, admin consoles, debug endpoints — to the whole internet,
#   where they are scanned within minutes.
# related_resources:
#   - ref: https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
# custom:
#   id: terraform/security-group-open-all-ports
#   severity: critical
#   kinds: [terraform-plan]
#   remediation: |
#     Allow only the ports the service needs, from the address ranges that need them.
#
#     Before:
#     ```hcl
#     ingress {
#       from_port   = 0
#       to_port     = 0
#       protocol    = "-1"
#       cidr_blocks = ["0.0.0.0/0"]
#     }
#     ```
#     After:
#     ```hcl
#     ingress {
#       from_port   = 443
#       to_port     = 443
#       protocol    = "tcp"
#       cidr_blocks = ["0.0.0.0/0"]
#     }
#     ```
#   tags: [security, aws, network]
#   equivalents:
#     trivy: [AVD-AWS-0107]
#     kics: [aws/unrestricted_security_group_ingress]
package palisade.terraform.security_group_open_all_ports

import data.palisade.lib.terraform as tf

violation contains v if {
	some rule in tf.public_ingress
	tf.all_ports(rule)
	v := {
		"msg": sprintf("%s allows every port and protocol from %s; allow only the ports the service needs", [rule.resource, rule.cidr]),
		"path": rule.path,
	}
}
