# METADATA
# title: AKS API server reachable from the whole internet
# description: >-
#   An AKS cluster that is neither private nor restricted to authorized IP ranges exposes its
#   Kubernetes API server to every address on the internet, where leaked kubeconfigs and API-server
#   vulnerabilities can be exploited by anyone. Microsoft's AKS security baseline and CIS AKS
#   Benchmark 5.4.1 / 5.4.2 ask for a private cluster or authorized ranges.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/api-server-authorized-ip-ranges
# custom:
#   id: terraform/azure-aks-public-api-server
#   severity: medium
#   kinds: [terraform-plan]
#   remediation: |
#     Set `private_cluster_enabled = true`, or list the networks that may reach the API server in
#     `api_server_access_profile { authorized_ip_ranges = [...] }`.
#
#     Before:
#     ```hcl
#     resource "azurerm_kubernetes_cluster" "main" {
#       name = "main"
#     }
#     ```
#     After:
#     ```hcl
#     resource "azurerm_kubernetes_cluster" "main" {
#       name = "main"
#       api_server_access_profile {
#         authorized_ip_ranges = ["203.0.113.0/24"]
#       }
#     }
#     ```
#   tags: [security, azure, aks, kubernetes, network]
#   frameworks:
#     cis-aks: ["5.4.1", "5.4.2"]
#   equivalents:
#     checkov: [CKV_AZURE_6, CKV_AZURE_115]
#     trivy: [AVD-AZU-0041]
package palisade.terraform.azure_aks_public_api_server

import data.palisade.lib.terraform as tf

violation contains v if {
	some r in tf.of_type("azurerm_kubernetes_cluster")
	tf.not_true(r, "private_cluster_enabled")
	not _restricted(r)
	v := {
		"msg": sprintf("AKS cluster %s exposes its API server to the whole internet; make it private or set authorized_ip_ranges", [r.address]),
		"path": tf.attr_path(r, "private_cluster_enabled"),
	}
}

_restricted(r) if tf.present(r, "api_server_authorized_ip_ranges")

_restricted(r) if tf.unknown_at(r, ["api_server_access_profile"])

_restricted(r) if count(object.get(tf.block(r, "api_server_access_profile"), "authorized_ip_ranges", [])) > 0

# VNet-integrated API servers are reached through the cluster's subnet.
_restricted(r) if tf.block(r, "api_server_access_profile").vnet_integration_enabled == true
