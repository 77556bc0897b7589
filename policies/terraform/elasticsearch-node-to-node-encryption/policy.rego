# METADATA
# title: OpenSearch / Elasticsearch nodes talk to each other in clear text
# description: >-
#   Without node-to-node encryption, documents and queries travel unencrypted between the nodes of
#   the cluster inside the VPC, where anyone able to capture traffic can read them. It is required
#   for fine-grained access control and recommended by AWS Foundational Security Best Practices ES.3
#   / OpenSearch.3.
# related_resources:
#   - ref: https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html
# custom:
#   id: terraform/elasticsearch-node-to-node-encryption
#   severity: medium
#   kinds: [terraform-plan]
#   remediation: |
#     Add a `node_to_node_encryption` block with `enabled = true`.
#
#     Before:
#     ```hcl
#     resource "aws_opensearch_domain" "search" {
#       domain_name = "search"
#     }
#     ```
#     After:
#     ```hcl
#     resource "aws_opensearch_domain" "search" {
#       domain_name = "search"
#       node_to_node_encryption {
#         enabled = true
#       }
#     }
#     ```
#   tags: [security, aws, opensearch, encryption]
#   equivalents:
#     checkov: [CKV_AWS_6]
#     trivy: [AVD-AWS-0043]
package palisade.terraform.elasticsearch_node_to_node_encryption

import data.palisade.lib.terraform as tf

violation contains v if {
	some t in ["aws_elasticsearch_domain", "aws_opensearch_domain"]
	some r in tf.of_type(t)
	tf.block_not_true(r, "node_to_node_encryption", "enabled")
	v := {
		"msg": sprintf("%s sends data between its nodes unencrypted; add node_to_node_encryption { enabled = true }", [r.address]),
		"path": tf.block_attr_path(r, "node_to_node_encryption", "enabled"),
	}
}
