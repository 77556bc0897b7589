# METADATA
# title: Google Cloud subnet without Private Google Access
# description: >-
#   Without Private Google Access, VMs that have no external IP cannot reach Google APIs (Cloud
#   Storage, Artifact Registry, Logging), which pushes teams to give VMs public IPs or NAT
#   everything. Turning it on keeps API traffic on Google's network. Proxy-only subnets are not
#   checked.
# related_resources:
#   - ref: https://cloud.google.com/vpc/docs/private-google-access
# custom:
#   id: terraform/gcp-subnet-private-google-access
#   severity: low
#   kinds: [terraform-plan]
#   remediation: |
#     Set `private_ip_google_access = true`.
#
#     Before:
#     ```hcl
#     resource "google_compute_subnetwork" "app" {
#       name          = "app"
#       ip_cidr_range = "10.10.0.0/24"
#     }
#     ```
#     After:
#     ```hcl
#     resource "google_compute_subnetwork" "app" {
#       name                     = "app"
#       ip_cidr_range            = "10.10.0.0/24"
#       private_ip_google_access = true
#     }
#     ```
#   tags: [security, gcp, network]
#   equivalents:
#     checkov: [CKV_GCP_74]
package palisade.terraform.gcp_subnet_private_google_access

import data.palisade.lib.terraform as tf

_proxy_only := {"INTERNAL_HTTPS_LOAD_BALANCER", "REGIONAL_MANAGED_PROXY", "GLOBAL_MANAGED_PROXY"}

violation contains v if {
	some r in tf.of_type("google_compute_subnetwork")
	not object.get(r.after, "purpose", null) in _proxy_only
	tf.not_true(r, "private_ip_google_access")
	v := {
		"msg": sprintf("subnet %s does not enable Private Google Access; set private_ip_google_access = true", [r.address]),
		"path": tf.attr_path(r, "private_ip_google_access"),
	}
}
