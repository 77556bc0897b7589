# METADATA
# title: OpenSearch / Elasticsearch domain not encrypted at rest
# description: >-
#   Indexes, logs and automated snapshots of an OpenSearch or Elasticsearch domain stay readable to
#   anyone who obtains the underlying storage or a snapshot unless encryption at rest is on. It
#   cannot be turned on for an existing domain without a blue/green migration, so it must be
#   declared from the start (AWS Foundational Security Best Practices ES.1 / OpenSearch.1).
# related_resources:
#   - ref: https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html
# custom:
#   id: terraform/elasticsearch-encryption-at-rest
#   severity: high
#   kinds: [terraform-plan]
#   remediation: |
#     Add an `encrypt_at_rest` block with `enabled = true` (optionally `kms_key_id` for a key you
#     control).
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
#       encrypt_at_rest {
#         enabled = true
#       }
#     }
#     ```
#   tags: [security, aws, opensearch, encryption]
#   equivalents:
#     checkov: [CKV_AWS_5]
#     trivy: [AVD-AWS-0048]
package palisade.terraform.elasticsearch_encryption_at_rest

import data.palisade.lib.terraform as tf

violation contains v if {
	some t in ["aws_elasticsearch_domain", "aws_opensearch_domain"]
	some r in tf.of_type(t)
	tf.block_not_true(r, "encrypt_at_rest", "enabled")
	v := {
		"msg": sprintf("%s stores its indexes and snapshots unencrypted; add encrypt_at_rest { enabled = true }", [r.address]),
		"path": tf.block_attr_path(r, "encrypt_at_rest", "enabled"),
	}
}
