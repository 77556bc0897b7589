# METADATA
# title: Google Cloud subnet without VPC flow logs
# description: >-
#   VPC flow logs sample the network flows of every VM in the subnet — the evidence needed to
#   investigate lateral movement or exfiltration, and to tune firewall rules. Proxy-only subnets
#   cannot have flow logs and are not checked.
# related_resources:
#   - ref: https://cloud.google.com/vpc/docs/using-flow-logs
# custom:
#   id: terraform/gcp-subnet-flow-logs
#   severity: low
#   kinds: [terraform-plan]
#   remediation: |
#     Add a `log_config` block.
#
#     Before:
#     ```hcl
#     resource "google_compute_subnetwork" "app" {
#       name          = "app"
#       ip_cidr_range = "10.10.0.0/24"
#       network       = google_compute_network.main.id
#     }
#     ```
#     After:
#     ```hcl
#     resource "google_compute_subnetwork" "app" {
#       name          = "app"
#       ip_cidr_range = "10.10.0.0/24"
#       network       = google_compute_network.main.id
#       log_config {
#         aggregation_interval = "INTERVAL_5_SEC"
#         flow_sampling        = 0.5
#         metadata             = "INCLUDE_ALL_METADATA"
#       }
#     }
#     ```
#   tags: [security, gcp, network, logging]
#   frameworks:
#     cis-gcp: ["3.8"]
#   equivalents:
#     checkov: [CKV_GCP_26]
#     trivy: [AVD-GCP-0029]
#     kics: [gcp/google_compute_subnetwork_logging_disabled]
package palisade.terraform.gcp_subnet_flow_logs

import data.palisade.lib.terraform as tf

_proxy_only := {"INTERNAL_HTTPS_LOAD_BALANCER", "REGIONAL_MANAGED_PROXY", "GLOBAL_MANAGED_PROXY"}

violation contains v if {
	some r in tf.of_type("google_compute_subnetwork")
	not object.get(r.after, "purpose", null) in _proxy_only
	tf.absent(r, "log_config")
	v := {
		"msg": sprintf("subnet %s has no flow logs; add a log_config block", [r.address]),
		"path": tf.attr_path(r, "log_config"),
	}
}
