# METADATA
# title: EC2 instance gets a public IP address
# description: >-
#   An instance with a public IP address is reachable from the internet whenever a security group
#   or network ACL is too open. Keep instances in private subnets and expose services through a
#   load balancer; reach them for administration through Session Manager or a bastion.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html#concepts-public-addresses
# custom:
#   id: terraform/ec2-public-ip
#   severity: medium
#   kinds: [terraform-plan]
#   remediation: |
#     Set `associate_public_ip_address = false` and put the instance in a private subnet.
#
#     Before:
#     ```hcl
#     resource "aws_instance" "worker" {
#       associate_public_ip_address = true
#     }
#     ```
#     After:
#     ```hcl
#     resource "aws_instance" "worker" {
#       associate_public_ip_address = false
#     }
#     ```
#   tags: [security, aws, ec2, network]
#   equivalents:
#     checkov: [CKV_AWS_88]
#     kics: [aws/ec2_instance_has_public_ip]
package palisade.terraform.ec2_public_ip

import data.palisade.lib.terraform as tf

violation contains v if {
	some r in tf.of_type("aws_instance")
	tf.is_true(r, "associate_public_ip_address")
	v := {
		"msg": sprintf("EC2 instance %s is given a public IP address; set associate_public_ip_address = false", [r.address]),
		"path": array.concat(r.path, ["associate_public_ip_address"]),
	}
}

# Launch templates spell the switch as a string ("true") as well as a boolean.
violation contains v if {
	some r in tf.of_type("aws_launch_template")
	some j, nic in r.after.network_interfaces
	nic.associate_public_ip_address in {true, "true"}
	v := {
		"msg": sprintf("launch template %s gives instances a public IP address (network_interfaces[%d]); set associate_public_ip_address = false", [r.address, j]),
		"path": array.concat(r.path, ["network_interfaces", j, "associate_public_ip_address"]),
	}
}
