# METADATA
# title: GKE nodes have public IP addresses
# description: >-
#   Without private nodes every GKE node gets an external IP address, so the kubelet, NodePorts and
#   anything on the host network are one firewall mistake away from the internet. CIS Google
#   Kubernetes Engine Benchmark 5.6.5 asks for private nodes.
# related_resources:
#   - ref: https://cloud.google.com/kubernetes-engine/docs/how-to/private-clusters
# custom:
#   id: terraform/gke-private-nodes
#   severity: medium
#   kinds: [terraform-plan]
#   remediation: |
#     Add `private_cluster_config { enable_private_nodes = true }` (with a
#     `master_ipv4_cidr_block`), and reach the internet through Cloud NAT.
#
#     Before:
#     ```hcl
#     resource "google_container_cluster" "main" {
#       name = "main"
#     }
#     ```
#     After:
#     ```hcl
#     resource "google_container_cluster" "main" {
#       name = "main"
#       private_cluster_config {
#         enable_private_nodes   = true
#         master_ipv4_cidr_block = "172.16.0.0/28"
#       }
#     }
#     ```
#   tags: [security, gcp, gke, kubernetes, network]
#   frameworks:
#     cis-gke: ["5.6.5"]
#   equivalents:
#     checkov: [CKV_GCP_25]
#     trivy: [AVD-GCP-0059]
package palisade.terraform.gke_private_nodes

import data.palisade.lib.terraform as tf

violation contains v if {
	some r in tf.of_type("google_container_cluster")
	tf.block_not_true(r, "private_cluster_config", "enable_private_nodes")
	not _autopilot_private(r)
	v := {
		"msg": sprintf("GKE cluster %s gives its nodes public IP addresses; set private_cluster_config { enable_private_nodes = true }", [r.address]),
		"path": tf.block_attr_path(r, "private_cluster_config", "enable_private_nodes"),
	}
}

# Newer clusters can say it in the default node pool network config instead.
_autopilot_private(r) if tf.block(r, "node_pool_defaults").node_config_defaults[0].network_config[0].enable_private_nodes == true

_autopilot_private(r) if tf.block(r, "network_config").enable_private_nodes == true
