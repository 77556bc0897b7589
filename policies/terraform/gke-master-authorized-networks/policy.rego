# METADATA
# title: GKE control plane open to every network
# description: >-
#   Without master authorized networks the GKE control plane's public endpoint accepts connections
#   from any IP address, so leaked credentials and API-server vulnerabilities are exploitable from
#   the whole internet. CIS Google Kubernetes Engine Benchmark 5.6.3 and CIS GCP Foundations 7.4 ask
#   to restrict it.
# related_resources:
#   - ref: https://cloud.google.com/kubernetes-engine/docs/how-to/authorized-networks
# custom:
#   id: terraform/gke-master-authorized-networks
#   severity: medium
#   kinds: [terraform-plan]
#   remediation: |
#     Add `master_authorized_networks_config` with `cidr_blocks` for the networks that administer
#     the cluster, or make the endpoint private.
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
#       master_authorized_networks_config {
#         cidr_blocks {
#           cidr_block   = "203.0.113.0/24"
#           display_name = "office"
#         }
#       }
#     }
#     ```
#   tags: [security, gcp, gke, kubernetes, network]
#   frameworks:
#     cis-gke: ["5.6.3"]
#   equivalents:
#     checkov: [CKV_GCP_20]
#     trivy: [AVD-GCP-0061]
package palisade.terraform.gke_master_authorized_networks

import data.palisade.lib.terraform as tf

violation contains v if {
	some r in tf.of_type("google_container_cluster")
	tf.absent(r, "master_authorized_networks_config")
	tf.block_not_true(r, "private_cluster_config", "enable_private_endpoint")
	v := {
		"msg": sprintf("GKE cluster %s accepts control-plane connections from any address; add master_authorized_networks_config", [r.address]),
		"path": tf.attr_path(r, "master_authorized_networks_config"),
	}
}
