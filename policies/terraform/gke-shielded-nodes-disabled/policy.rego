# METADATA
# title: GKE cluster with Shielded GKE Nodes disabled
# description: >-
#   Shielded GKE Nodes give every node a verifiable identity and secure boot, which stops an
#   attacker who gets a pod onto a node from impersonating that node to the control plane (kubelet
#   credential theft). They are on by default; CIS Google Kubernetes Engine Benchmark 5.5.5 requires
#   them, so switching them off is flagged.
# related_resources:
#   - ref: https://cloud.google.com/kubernetes-engine/docs/how-to/shielded-gke-nodes
# custom:
#   id: terraform/gke-shielded-nodes-disabled
#   severity: medium
#   kinds: [terraform-plan]
#   remediation: |
#     Remove `enable_shielded_nodes = false`.
#
#     Before:
#     ```hcl
#     resource "google_container_cluster" "main" {
#       name                  = "main"
#       enable_shielded_nodes = false
#     }
#     ```
#     After:
#     ```hcl
#     resource "google_container_cluster" "main" {
#       name = "main"
#     }
#     ```
#   tags: [security, gcp, gke, kubernetes]
#   frameworks:
#     cis-gke: ["5.5.5"]
#   equivalents:
#     checkov: [CKV_GCP_71]
package palisade.terraform.gke_shielded_nodes_disabled

import data.palisade.lib.terraform as tf

violation contains v if {
	some r in tf.of_type("google_container_cluster")
	tf.is_false(r, "enable_shielded_nodes")
	v := {
		"msg": sprintf("GKE cluster %s disables Shielded GKE Nodes, so a compromised node can impersonate others; remove enable_shielded_nodes = false", [r.address]),
		"path": array.concat(r.path, ["enable_shielded_nodes"]),
	}
}
