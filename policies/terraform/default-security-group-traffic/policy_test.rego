# Unit tests for terraform/default-security-group-traffic over plan-shaped input: no rules, a private rule (strict) and open ingress and egress rules.
package palisade.terraform.default_security_group_traffic_test

import data.palisade.terraform.default_security_group_traffic

test_pass_no_rules if {
	found := {v.path[1] | some v in default_security_group_traffic.violation} with input as {"resource_changes": [{"address": "aws_default_security_group.a", "mode": "managed", "type": "aws_default_security_group", "name": "a", "change": {"actions": ["create"], "after": {"vpc_id": "vpc-1", "ingress": [], "egress": []}, "after_unknown": {}}}]}
	count(found) == 0
}

test_fail_rules if {
	found := {v.path[1] | some v in default_security_group_traffic.violation} with input as {"resource_changes": [{"address": "aws_default_security_group.a", "mode": "managed", "type": "aws_default_security_group", "name": "a", "change": {"actions": ["create"], "after": {"ingress": [{"protocol": "-1", "from_port": 0, "to_port": 0, "cidr_blocks": ["0.0.0.0/0"]}]}, "after_unknown": {}}}, {"address": "aws_default_security_group.b", "mode": "managed", "type": "aws_default_security_group", "name": "b", "change": {"actions": ["create"], "after": {"egress": [{"protocol": "-1", "from_port": 0, "to_port": 0, "ipv6_cidr_blocks": ["::/0"]}]}, "after_unknown": {}}}, {"address": "aws_default_security_group.c", "mode": "managed", "type": "aws_default_security_group", "name": "c", "change": {"actions": ["create"], "after": {"ingress": [{"protocol": "-1", "from_port": 0, "to_port": 0, "self": true}]}, "after_unknown": {}}}]}
	found == {0, 1, 2}
}
test_private_rules_only_in_the_strict_profile if {
	found := {[v.path[1], object.get(v, "profile", "default")] | some v in default_security_group_traffic.violation} with input as {"resource_changes": [
		{"address": "aws_default_security_group.a", "type": "aws_default_security_group", "change": {"actions": ["create"], "after": {"ingress": [{"protocol": "-1", "from_port": 0, "to_port": 0, "cidr_blocks": ["10.1.0.0/16"]}]}, "after_unknown": {}}},
		{"address": "aws_default_security_group.b", "type": "aws_default_security_group", "change": {"actions": ["create"], "after": {"ingress": [{"protocol": "-1", "from_port": 0, "to_port": 0, "cidr_blocks": ["0.0.0.0/0"]}]}, "after_unknown": {}}},
	]}
	found == {[0, "strict"], [1, "default"]}
}
