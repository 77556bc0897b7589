# METADATA
# title: EC2 instance metadata service allows IMDSv1
# description: >-
#   With IMDSv1 any request that reaches 169.254.169.254 — for example through an SSRF bug in the
#   application — can read the instance role's temporary credentials. IMDSv2 requires a session
#   token obtained with a PUT, which such bugs cannot send.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html
# custom:
#   id: terraform/ec2-imdsv2-required
#   severity: high
#   kinds: [terraform-plan]
#   remediation: |
#     Require session tokens in `metadata_options`.
#
#     Before:
#     ```hcl
#     resource "aws_instance" "web" {
#       ami           = "ami-0abcdef1234567890"
#       instance_type = "t3.micro"
#     }
#     ```
#     After:
#     ```hcl
#     resource "aws_instance" "web" {
#       ami           = "ami-0abcdef1234567890"
#       instance_type = "t3.micro"
#       metadata_options {
#         http_endpoint = "enabled"
#         http_tokens   = "required"
#       }
#     }
#     ```
#   tags: [security, aws, ec2]
#   equivalents:
#     checkov: [CKV_AWS_79]
#     trivy: [AVD-AWS-0028]
#     kics: [aws/imdsv1_is_enabled]
package palisade.terraform.ec2_imdsv2_required

import data.palisade.lib.terraform as tf

_types := ["aws_instance", "aws_launch_template"]

# No metadata_options written: the instance gets the account or AMI default, usually IMDSv1.
violation contains v if {
	some t in _types
	some r in tf.of_type(t)
	not tf.configured(r, "metadata_options")
	v := {
		"msg": sprintf("%s does not set metadata_options, so IMDSv1 stays available; add metadata_options { http_tokens = \"required\" }", [r.address]),
		"path": tf.attr_path(r, "metadata_options"),
	}
}

violation contains v if {
	some t in _types
	some r in tf.of_type(t)
	some j, options in r.after.metadata_options
	not options.http_endpoint == "disabled"
	is_string(options.http_tokens)
	options.http_tokens != "required"
	v := {
		"msg": sprintf("%s sets http_tokens = \"%s\", which allows IMDSv1; set http_tokens = \"required\"", [r.address, options.http_tokens]),
		"path": array.concat(r.path, ["metadata_options", j, "http_tokens"]),
	}
}
