# Unit tests for terraform/ec2-public-ip: the fixture cases, in miniature, and the edge cases
# (known-after-apply values, modules, deletions) that fixtures do not show.
package palisade.terraform.ec2_public_ip_test

import data.palisade.terraform.ec2_public_ip

test_pass_private if {
	found := {v.path | some v in ec2_public_ip.violation} with input as {
		"resource_changes": [
			{"address": "aws_instance.web", "type": "aws_instance", "change": {"actions": ["create"], "after": {"ami": "ami-0c1bc246476a5572b", "associate_public_ip_address": false, "instance_type": "t3.small", "metadata_options": [{"http_endpoint": "enabled", "http_protocol_ipv6": "disabled", "http_put_response_hop_limit": 1, "http_tokens": "required", "instance_metadata_tags": "disabled"}], "monitoring": true}, "after_unknown": {"id": true, "arn": true, "private_ip": true, "public_ip": true, "subnet_id": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_instance.web", "mode": "managed", "type": "aws_instance", "name": "web", "provider_config_key": "aws", "expressions": {"ami": {"constant_value": "ami-0c1bc246476a5572b"}, "associate_public_ip_address": {"constant_value": false}, "instance_type": {"constant_value": "t3.small"}, "metadata_options": [{"http_endpoint": {"constant_value": "enabled"}, "http_protocol_ipv6": {"constant_value": "disabled"}, "http_put_response_hop_limit": {"constant_value": 1}, "http_tokens": {"constant_value": "required"}, "instance_metadata_tags": {"constant_value": "disabled"}}], "monitoring": {"constant_value": true}, "tags": {"constant_value": {"Name": "web"}}}, "schema_version": 0}]}},
	}
	count(found) == 0
}

test_fail_public_ip if {
	found := {v.path | some v in ec2_public_ip.violation} with input as {
		"resource_changes": [
			{"address": "aws_instance.bastion", "type": "aws_instance", "change": {"actions": ["create"], "after": {"ami": "ami-0c1bc246476a5572b", "associate_public_ip_address": true, "instance_type": "t3.small", "metadata_options": [{"http_endpoint": "enabled", "http_protocol_ipv6": "disabled", "http_put_response_hop_limit": 1, "http_tokens": "required", "instance_metadata_tags": "disabled"}], "monitoring": true}, "after_unknown": {"id": true, "arn": true, "private_ip": true, "public_ip": true, "subnet_id": true}}},
			{"address": "aws_launch_template.workers", "type": "aws_launch_template", "change": {"actions": ["create"], "after": {"image_id": "ami-0c1bc246476a5572b", "instance_type": "t3.small", "name": "workers", "network_interfaces": [{"associate_public_ip_address": "true", "delete_on_termination": "true", "device_index": 0}]}, "after_unknown": {"id": true, "arn": true, "latest_version": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_instance.bastion", "mode": "managed", "type": "aws_instance", "name": "bastion", "provider_config_key": "aws", "expressions": {"ami": {"constant_value": "ami-0c1bc246476a5572b"}, "associate_public_ip_address": {"constant_value": true}, "instance_type": {"constant_value": "t3.small"}, "metadata_options": [{"http_endpoint": {"constant_value": "enabled"}, "http_protocol_ipv6": {"constant_value": "disabled"}, "http_put_response_hop_limit": {"constant_value": 1}, "http_tokens": {"constant_value": "required"}, "instance_metadata_tags": {"constant_value": "disabled"}}], "monitoring": {"constant_value": true}, "tags": {"constant_value": {"Name": "bastion"}}}, "schema_version": 0}, {"address": "aws_launch_template.workers", "mode": "managed", "type": "aws_launch_template", "name": "workers", "provider_config_key": "aws", "expressions": {"image_id": {"constant_value": "ami-0c1bc246476a5572b"}, "instance_type": {"constant_value": "t3.small"}, "name": {"constant_value": "workers"}, "network_interfaces": [{"associate_public_ip_address": {"constant_value": "true"}, "delete_on_termination": {"constant_value": "true"}, "device_index": {"constant_value": 0}}]}, "schema_version": 0}]}},
	}
	found == {["resource_changes", 0, "change", "after", "associate_public_ip_address"], ["resource_changes", 1, "change", "after", "network_interfaces", 0, "associate_public_ip_address"]}
}

test_fail_public_ip_message_names_resource if {
	vs := ec2_public_ip.violation with input as {
		"resource_changes": [
			{"address": "aws_instance.bastion", "type": "aws_instance", "change": {"actions": ["create"], "after": {"ami": "ami-0c1bc246476a5572b", "associate_public_ip_address": true, "instance_type": "t3.small", "metadata_options": [{"http_endpoint": "enabled", "http_protocol_ipv6": "disabled", "http_put_response_hop_limit": 1, "http_tokens": "required", "instance_metadata_tags": "disabled"}], "monitoring": true}, "after_unknown": {"id": true, "arn": true, "private_ip": true, "public_ip": true, "subnet_id": true}}},
			{"address": "aws_launch_template.workers", "type": "aws_launch_template", "change": {"actions": ["create"], "after": {"image_id": "ami-0c1bc246476a5572b", "instance_type": "t3.small", "name": "workers", "network_interfaces": [{"associate_public_ip_address": "true", "delete_on_termination": "true", "device_index": 0}]}, "after_unknown": {"id": true, "arn": true, "latest_version": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_instance.bastion", "mode": "managed", "type": "aws_instance", "name": "bastion", "provider_config_key": "aws", "expressions": {"ami": {"constant_value": "ami-0c1bc246476a5572b"}, "associate_public_ip_address": {"constant_value": true}, "instance_type": {"constant_value": "t3.small"}, "metadata_options": [{"http_endpoint": {"constant_value": "enabled"}, "http_protocol_ipv6": {"constant_value": "disabled"}, "http_put_response_hop_limit": {"constant_value": 1}, "http_tokens": {"constant_value": "required"}, "instance_metadata_tags": {"constant_value": "disabled"}}], "monitoring": {"constant_value": true}, "tags": {"constant_value": {"Name": "bastion"}}}, "schema_version": 0}, {"address": "aws_launch_template.workers", "mode": "managed", "type": "aws_launch_template", "name": "workers", "provider_config_key": "aws", "expressions": {"image_id": {"constant_value": "ami-0c1bc246476a5572b"}, "instance_type": {"constant_value": "t3.small"}, "name": {"constant_value": "workers"}, "network_interfaces": [{"associate_public_ip_address": {"constant_value": "true"}, "delete_on_termination": {"constant_value": "true"}, "device_index": {"constant_value": 0}}]}, "schema_version": 0}]}},
	}
	some v in vs
	v.path == ["resource_changes", 0, "change", "after", "associate_public_ip_address"]
	contains(v.msg, "aws_instance.bastion")
}
