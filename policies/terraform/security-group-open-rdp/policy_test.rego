# Unit tests for terraform/security-group-open-rdp: the fixture cases, in miniature, and the edge cases
# (known-after-apply values, modules, deletions) that fixtures do not show.
package palisade.terraform.security_group_open_rdp_test

import data.palisade.terraform.security_group_open_rdp

test_pass_vpn_only if {
	found := {v.path | some v in security_group_open_rdp.violation} with input as {
		"resource_changes": [
			{"address": "aws_security_group.windows", "type": "aws_security_group", "change": {"actions": ["create"], "after": {"description": "Managed by Terraform", "egress": [], "ingress": [{"cidr_blocks": ["10.8.0.0/16"], "description": "RDP from VPN", "from_port": 3389, "ipv6_cidr_blocks": [], "prefix_list_ids": [], "protocol": "tcp", "security_groups": [], "self": false, "to_port": 3389}], "name": "windows", "name_prefix": null, "revoke_rules_on_delete": false}, "after_unknown": {"id": true, "arn": true, "owner_id": true, "vpc_id": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_security_group.windows", "mode": "managed", "type": "aws_security_group", "name": "windows", "provider_config_key": "aws", "expressions": {"description": {"constant_value": "Managed by Terraform"}, "ingress": [{"cidr_blocks": {"constant_value": ["10.8.0.0/16"]}, "description": {"constant_value": "RDP from VPN"}, "from_port": {"constant_value": 3389}, "ipv6_cidr_blocks": {"constant_value": []}, "prefix_list_ids": {"constant_value": []}, "protocol": {"constant_value": "tcp"}, "security_groups": {"constant_value": []}, "self": {"constant_value": false}, "to_port": {"constant_value": 3389}}], "name": {"constant_value": "windows"}, "revoke_rules_on_delete": {"constant_value": false}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}, "vpc_id": {"references": ["aws_vpc.main.id", "aws_vpc.main"]}}, "schema_version": 0}]}},
	}
	count(found) == 0
}

test_fail_open_rdp if {
	found := {v.path | some v in security_group_open_rdp.violation} with input as {
		"resource_changes": [
			{"address": "aws_security_group.windows", "type": "aws_security_group", "change": {"actions": ["create"], "after": {"description": "Managed by Terraform", "egress": [], "ingress": [{"cidr_blocks": ["0.0.0.0/0"], "description": "RDP", "from_port": 3389, "ipv6_cidr_blocks": [], "prefix_list_ids": [], "protocol": "tcp", "security_groups": [], "self": false, "to_port": 3389}], "name": "windows", "name_prefix": null, "revoke_rules_on_delete": false}, "after_unknown": {"id": true, "arn": true, "owner_id": true, "vpc_id": true}}},
			{"address": "aws_vpc_security_group_ingress_rule.rdp", "type": "aws_vpc_security_group_ingress_rule", "change": {"actions": ["create"], "after": {"cidr_ipv4": null, "cidr_ipv6": "::/0", "description": null, "from_port": 3389, "ip_protocol": "tcp", "prefix_list_id": null, "referenced_security_group_id": null, "to_port": 3389}, "after_unknown": {"id": true, "arn": true, "security_group_id": true, "security_group_rule_id": true, "tags_all": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_security_group.windows", "mode": "managed", "type": "aws_security_group", "name": "windows", "provider_config_key": "aws", "expressions": {"description": {"constant_value": "Managed by Terraform"}, "ingress": [{"cidr_blocks": {"constant_value": ["0.0.0.0/0"]}, "description": {"constant_value": "RDP"}, "from_port": {"constant_value": 3389}, "ipv6_cidr_blocks": {"constant_value": []}, "prefix_list_ids": {"constant_value": []}, "protocol": {"constant_value": "tcp"}, "security_groups": {"constant_value": []}, "self": {"constant_value": false}, "to_port": {"constant_value": 3389}}], "name": {"constant_value": "windows"}, "revoke_rules_on_delete": {"constant_value": false}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}, "vpc_id": {"references": ["aws_vpc.main.id", "aws_vpc.main"]}}, "schema_version": 0}, {"address": "aws_vpc_security_group_ingress_rule.rdp", "mode": "managed", "type": "aws_vpc_security_group_ingress_rule", "name": "rdp", "provider_config_key": "aws", "expressions": {"cidr_ipv6": {"constant_value": "::/0"}, "from_port": {"constant_value": 3389}, "ip_protocol": {"constant_value": "tcp"}, "security_group_id": {"references": ["aws_security_group.app.id", "aws_security_group.app"]}, "to_port": {"constant_value": 3389}}, "schema_version": 0}]}},
	}
	found == {["resource_changes", 0, "change", "after", "ingress", 0, "cidr_blocks", 0], ["resource_changes", 1, "change", "after", "cidr_ipv6"]}
}

test_fail_open_rdp_message_names_resource if {
	vs := security_group_open_rdp.violation with input as {
		"resource_changes": [
			{"address": "aws_security_group.windows", "type": "aws_security_group", "change": {"actions": ["create"], "after": {"description": "Managed by Terraform", "egress": [], "ingress": [{"cidr_blocks": ["0.0.0.0/0"], "description": "RDP", "from_port": 3389, "ipv6_cidr_blocks": [], "prefix_list_ids": [], "protocol": "tcp", "security_groups": [], "self": false, "to_port": 3389}], "name": "windows", "name_prefix": null, "revoke_rules_on_delete": false}, "after_unknown": {"id": true, "arn": true, "owner_id": true, "vpc_id": true}}},
			{"address": "aws_vpc_security_group_ingress_rule.rdp", "type": "aws_vpc_security_group_ingress_rule", "change": {"actions": ["create"], "after": {"cidr_ipv4": null, "cidr_ipv6": "::/0", "description": null, "from_port": 3389, "ip_protocol": "tcp", "prefix_list_id": null, "referenced_security_group_id": null, "to_port": 3389}, "after_unknown": {"id": true, "arn": true, "security_group_id": true, "security_group_rule_id": true, "tags_all": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_security_group.windows", "mode": "managed", "type": "aws_security_group", "name": "windows", "provider_config_key": "aws", "expressions": {"description": {"constant_value": "Managed by Terraform"}, "ingress": [{"cidr_blocks": {"constant_value": ["0.0.0.0/0"]}, "description": {"constant_value": "RDP"}, "from_port": {"constant_value": 3389}, "ipv6_cidr_blocks": {"constant_value": []}, "prefix_list_ids": {"constant_value": []}, "protocol": {"constant_value": "tcp"}, "security_groups": {"constant_value": []}, "self": {"constant_value": false}, "to_port": {"constant_value": 3389}}], "name": {"constant_value": "windows"}, "revoke_rules_on_delete": {"constant_value": false}, "tags": {"constant_value": {"team": "payments", "env": "prod"}}, "vpc_id": {"references": ["aws_vpc.main.id", "aws_vpc.main"]}}, "schema_version": 0}, {"address": "aws_vpc_security_group_ingress_rule.rdp", "mode": "managed", "type": "aws_vpc_security_group_ingress_rule", "name": "rdp", "provider_config_key": "aws", "expressions": {"cidr_ipv6": {"constant_value": "::/0"}, "from_port": {"constant_value": 3389}, "ip_protocol": {"constant_value": "tcp"}, "security_group_id": {"references": ["aws_security_group.app.id", "aws_security_group.app"]}, "to_port": {"constant_value": 3389}}, "schema_version": 0}]}},
	}
	some v in vs
	v.path == ["resource_changes", 0, "change", "after", "ingress", 0, "cidr_blocks", 0]
	contains(v.msg, "aws_security_group.windows")
}
