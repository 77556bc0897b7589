# METADATA
# title: Key Vault reachable from any network
# description: >-
#   A Key Vault without network ACLs, or whose ACLs default to Allow, accepts requests from every
#   network on the internet; a leaked token or misconfigured access policy is then exploitable from
#   anywhere. Deny by default and allow only the virtual networks and addresses that need it (CIS
#   Microsoft Azure Foundations 8.6, Azure security baseline NS-2).
# related_resources:
#   - ref: https://learn.microsoft.com/azure/key-vault/general/network-security
# custom:
#   id: terraform/azure-keyvault-network-acls
#   severity: medium
#   kinds: [terraform-plan]
#   remediation: |
#     Add `network_acls` with `default_action = "Deny"`, `bypass = "AzureServices"` and the allowed
#     subnets or IP ranges.
#
#     Before:
#     ```hcl
#     resource "azurerm_key_vault" "main" {
#       name     = "main"
#       sku_name = "standard"
#     }
#     ```
#     After:
#     ```hcl
#     resource "azurerm_key_vault" "main" {
#       name     = "main"
#       sku_name = "standard"
#       network_acls {
#         default_action             = "Deny"
#         bypass                     = "AzureServices"
#         virtual_network_subnet_ids = [azurerm_subnet.app.id]
#       }
#     }
#     ```
#   tags: [security, azure, key-vault, network]
#   frameworks:
#     cis-azure: ["8.6"]
#   equivalents:
#     checkov: [CKV_AZURE_109]
#     trivy: [AVD-AZU-0013]
package palisade.terraform.azure_keyvault_network_acls

import data.palisade.lib.terraform as tf

violation contains v if {
	some r in tf.of_type("azurerm_key_vault")
	not tf.unknown_at(r, ["network_acls", 0, "default_action"])
	not _denies_by_default(r)
	not tf.is_false(r, "public_network_access_enabled")
	v := {
		"msg": sprintf("Key Vault %s accepts requests from any network; add network_acls { default_action = \"Deny\" }", [r.address]),
		"path": tf.block_attr_path(r, "network_acls", "default_action"),
	}
}

_denies_by_default(r) if lower(tf.block(r, "network_acls").default_action) == "deny"
