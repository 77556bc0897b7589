# METADATA
# title: Network ACL allows SSH or RDP from the internet
# description: >-
#   A network ACL that allows TCP 22 (SSH) or 3389 (RDP) from 0.0.0.0/0 or ::/0 lets every address
#   on the internet reach the administration ports of every instance in its subnets, leaving only
#   the security groups between them and brute-force or exploit attempts. CIS AWS Foundations 5.1
#   requires no NACL to allow ingress from 0.0.0.0/0 to remote administration ports. A rule
#   allowing all traffic, as in AWS's default network ACL, is reported in the strict profile
#   only: security groups are where ports are chosen.
# related_resources:
#   - ref: https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html
# custom:
#   id: terraform/network-acl-open-admin-port
#   severity: high
#   kinds: [terraform-plan]
#   remediation: |
#     Allow the port only from the networks that administer the instances (a VPN or bastion range),
#     or reach them through Systems Manager Session Manager instead.
#
#     Before:
#     ```hcl
#     ingress {
#       rule_no    = 100
#       protocol   = "tcp"
#       action     = "allow"
#       cidr_block = "0.0.0.0/0"
#       from_port  = 22
#       to_port    = 22
#     }
#     ```
#     After:
#     ```hcl
#     ingress {
#       rule_no    = 100
#       protocol   = "tcp"
#       action     = "allow"
#       cidr_block = "10.20.0.0/16"
#       from_port  = 22
#       to_port    = 22
#     }
#     ```
#   tags: [security, aws, vpc, network]
#   frameworks:
#     cis-aws: ["5.1"]
#   equivalents:
#     checkov: [CKV_AWS_231, CKV_AWS_232]
#     trivy: [AVD-AWS-0105]
#     kics: [aws/network_acl_with_unrestricted_access_to_ssh, aws/network_acl_with_unrestricted_access_to_rdp]
package palisade.terraform.network_acl_open_admin_port

import data.palisade.lib.terraform as tf

_admin_ports := {22: "SSH", 3389: "RDP"}

# Inline rules of a network ACL (or of the VPC's default ACL), in either block or list syntax.
violation contains v if {
	some t in ["aws_network_acl", "aws_default_network_acl"]
	some r in tf.of_type(t)
	some j, rule in r.after.ingress
	some port, name in _admin_ports
	_opens(rule, "action", "cidr_block", "ipv6_cidr_block", port)
	not _denied_earlier(r.after.ingress, rule, port)
	v := _finding(r, rule, name, port, array.concat(r.path, ["ingress", j]))
}

violation contains v if {
	some r in tf.of_type("aws_network_acl_rule")
	not r.after.egress == true
	some port, name in _admin_ports
	_opens(r.after, "rule_action", "cidr_block", "ipv6_cidr_block", port)
	v := _finding(r, r.after, name, port, r.path)
}

_opens(rule, action_key, v4, v6, port) if {
	lower(rule[action_key]) == "allow"
	some key in [v4, v6]
	tf.open_cidr(rule[key])
	_covers(rule, port)
}

# NACL protocols are names or numbers; -1 / all is every protocol and port.
_covers(rule, _) if lower(sprintf("%v", [rule.protocol])) in {"-1", "all"}

_covers(rule, port) if {
	lower(sprintf("%v", [rule.protocol])) in {"tcp", "6"}
	rule.from_port <= port
	port <= rule.to_port
}

# Rules are evaluated by ascending number: a lower-numbered deny of the same traffic wins.
_denied_earlier(rules, rule, port) if {
	some other in rules
	lower(other.action) == "deny"
	other.rule_no < rule.rule_no
	some key in ["cidr_block", "ipv6_cidr_block"]
	tf.open_cidr(other[key])
	_covers(other, port)
}

_finding(r, rule, name, port, path) := object.union({
	"msg": sprintf("%s allows %s (port %d) from the whole internet; allow it only from the networks that administer the instances", [r.address, name, port]),
	"path": path,
}, _all_traffic(rule))

# An allow-everything rule is what AWS puts in every default network ACL: ACLs are the coarse,
# stateless backstop and security groups decide the ports. CIS AWS 5.1 still counts it, so it is
# reported in the strict profile; a rule that names the port (or a TCP range over it) always is.
_all_traffic(rule) := {"profile": "strict"} if lower(sprintf("%v", [rule.protocol])) in {"-1", "all"}

_all_traffic(rule) := {} if not lower(sprintf("%v", [rule.protocol])) in {"-1", "all"}
