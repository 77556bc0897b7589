# Unit tests for terraform/network-acl-open-admin-port over plan-shaped input: inline and standalone rules, deny rules, private ranges and all-protocol rules.
package palisade.terraform.network_acl_open_admin_port_test

import data.palisade.terraform.network_acl_open_admin_port

test_pass_private_or_denied if {
	found := {v.path[1] | some v in network_acl_open_admin_port.violation} with input as {"resource_changes": [{"address": "aws_network_acl.a", "mode": "managed", "type": "aws_network_acl", "name": "a", "change": {"actions": ["create"], "after": {"ingress": [{"rule_no": 100, "action": "allow", "protocol": "tcp", "cidr_block": "10.0.0.0/16", "from_port": 22, "to_port": 22}, {"rule_no": 90, "action": "deny", "protocol": "tcp", "cidr_block": "0.0.0.0/0", "from_port": 3389, "to_port": 3389}, {"rule_no": 110, "action": "allow", "protocol": "tcp", "cidr_block": "0.0.0.0/0", "from_port": 3389, "to_port": 3389}]}, "after_unknown": {}}}, {"address": "aws_network_acl_rule.b", "mode": "managed", "type": "aws_network_acl_rule", "name": "b", "change": {"actions": ["create"], "after": {"egress": false, "rule_action": "deny", "protocol": "tcp", "cidr_block": "0.0.0.0/0", "from_port": 22, "to_port": 22}, "after_unknown": {}}}, {"address": "aws_network_acl_rule.c", "mode": "managed", "type": "aws_network_acl_rule", "name": "c", "change": {"actions": ["create"], "after": {"egress": true, "rule_action": "allow", "protocol": "-1", "cidr_block": "0.0.0.0/0", "from_port": 0, "to_port": 0}, "after_unknown": {}}}]}
	count(found) == 0
}

test_fail_open if {
	found := {v.path[1] | some v in network_acl_open_admin_port.violation} with input as {"resource_changes": [{"address": "aws_network_acl.a", "mode": "managed", "type": "aws_network_acl", "name": "a", "change": {"actions": ["create"], "after": {"ingress": [{"rule_no": 100, "action": "allow", "protocol": "tcp", "cidr_block": "0.0.0.0/0", "from_port": 22, "to_port": 22}]}, "after_unknown": {}}}, {"address": "aws_network_acl_rule.b", "mode": "managed", "type": "aws_network_acl_rule", "name": "b", "change": {"actions": ["create"], "after": {"egress": false, "rule_action": "allow", "protocol": "tcp", "ipv6_cidr_block": "::/0", "from_port": 3000, "to_port": 4000}, "after_unknown": {}}}, {"address": "aws_default_network_acl.c", "mode": "managed", "type": "aws_default_network_acl", "name": "c", "change": {"actions": ["create"], "after": {"ingress": [{"rule_no": 100, "action": "allow", "protocol": "-1", "cidr_block": "0.0.0.0/0", "from_port": 0, "to_port": 0}]}, "after_unknown": {}}}]}
	found == {0, 1, 2}
}

test_allow_all_rule_only_in_the_strict_profile if {
	found := {[v.path[1], object.get(v, "profile", "default")] | some v in network_acl_open_admin_port.violation} with input as {"resource_changes": [
		{"address": "aws_default_network_acl.d", "type": "aws_default_network_acl", "change": {"actions": ["create"], "after": {"ingress": [{"rule_no": 100, "action": "allow", "protocol": "-1", "cidr_block": "0.0.0.0/0", "from_port": 0, "to_port": 0}]}, "after_unknown": {}}},
		{"address": "aws_network_acl.n", "type": "aws_network_acl", "change": {"actions": ["create"], "after": {"ingress": [{"rule_no": 100, "action": "allow", "protocol": "tcp", "cidr_block": "0.0.0.0/0", "from_port": 0, "to_port": 65535}]}, "after_unknown": {}}},
	]}
	found == {[0, "strict"], [1, "default"]}
}
