# METADATA
# title: Neptune cluster storage not encrypted
# description: >-
#   A Neptune cluster without storage encryption keeps its graph data, backups, replicas and
#   snapshots readable to anyone who obtains the underlying storage or a shared snapshot; encryption
#   cannot be added to an existing cluster (AWS Foundational Security Best Practices Neptune.1).
# related_resources:
#   - ref: https://docs.aws.amazon.com/neptune/latest/userguide/encrypt.html
# custom:
#   id: terraform/neptune-cluster-unencrypted
#   severity: high
#   kinds: [terraform-plan]
#   remediation: |
#     Set `storage_encrypted = true` (and `kms_key_arn` for a key you control) when creating the
#     cluster.
#
#     Before:
#     ```hcl
#     resource "aws_neptune_cluster" "graph" {
#       cluster_identifier = "graph"
#     }
#     ```
#     After:
#     ```hcl
#     resource "aws_neptune_cluster" "graph" {
#       cluster_identifier = "graph"
#       storage_encrypted  = true
#     }
#     ```
#   tags: [security, aws, neptune, encryption]
#   equivalents:
#     checkov: [CKV_AWS_44]
#     trivy: [AVD-AWS-0076]
package palisade.terraform.neptune_cluster_unencrypted

import data.palisade.lib.terraform as tf

violation contains v if {
	some r in tf.of_type("aws_neptune_cluster")
	tf.not_true(r, "storage_encrypted")
	v := {
		"msg": sprintf("Neptune cluster %s stores its data unencrypted; set storage_encrypted = true", [r.address]),
		"path": tf.attr_path(r, "storage_encrypted"),
	}
}
