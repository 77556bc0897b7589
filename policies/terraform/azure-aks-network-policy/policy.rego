# METADATA
# title: AKS cluster without a network policy engine
# description: >-
#   Without a network policy engine (Azure, Calico or Cilium), Kubernetes NetworkPolicy objects have
#   no effect and every pod can reach every other pod, so one compromised workload can move
#   laterally through the cluster. The engine can only be chosen when the cluster is created (CIS
#   Azure Kubernetes Service Benchmark 5.4.4).
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/use-network-policies
# custom:
#   id: terraform/azure-aks-network-policy
#   severity: medium
#   kinds: [terraform-plan]
#   remediation: |
#     Set `network_profile { network_policy = "azure" }` (or `calico` / `cilium`).
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
#       network_profile {
#         network_plugin = "azure"
#         network_policy = "azure"
#       }
#     }
#     ```
#   tags: [security, azure, aks, kubernetes, network]
#   frameworks:
#     cis-aks: ["5.4.4"]
#   equivalents:
#     checkov: [CKV_AZURE_7]
#     trivy: [AVD-AZU-0043]
package palisade.terraform.azure_aks_network_policy

import data.palisade.lib.terraform as tf

violation contains v if {
	some r in tf.of_type("azurerm_kubernetes_cluster")
	not tf.unknown_at(r, ["network_profile", 0, "network_policy"])
	not _has_policy_engine(r)
	v := {
		"msg": sprintf("AKS cluster %s enforces no NetworkPolicy; set network_profile { network_policy = \"azure\" } (or calico / cilium)", [r.address]),
		"path": tf.block_attr_path(r, "network_profile", "network_policy"),
	}
}

_has_policy_engine(r) if {
	p := tf.block(r, "network_profile").network_policy
	is_string(p)
	p != ""
	p != "none"
}
