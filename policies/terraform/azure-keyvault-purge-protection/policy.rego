# METADATA
# title: Key Vault without purge protection
# description: >-
#   Without purge protection, anyone with enough rights (or a compromised identity) can delete a
#   vault and immediately purge it with every key and secret in it, destroying data encrypted with
#   those keys beyond recovery. Purge protection enforces the soft-delete retention period (CIS
#   Microsoft Azure Foundations 8.5).
# related_resources:
#   - ref: https://learn.microsoft.com/azure/key-vault/general/soft-delete-overview#purge-protection
# custom:
#   id: terraform/azure-keyvault-purge-protection
#   severity: medium
#   kinds: [terraform-plan]
#   remediation: |
#     Set `purge_protection_enabled = true` (it cannot be turned off again).
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
#       name                     = "main"
#       sku_name                 = "standard"
#       purge_protection_enabled = true
#     }
#     ```
#   tags: [security, azure, key-vault]
#   frameworks:
#     cis-azure: ["8.5"]
#   equivalents:
#     checkov: [CKV_AZURE_42]
#     trivy: [AVD-AZU-0016]
package palisade.terraform.azure_keyvault_purge_protection

import data.palisade.lib.terraform as tf

violation contains v if {
	some r in tf.of_type("azurerm_key_vault")
	tf.not_true(r, "purge_protection_enabled")
	v := {
		"msg": sprintf("Key Vault %s can be purged with all its keys and secrets right after deletion; set purge_protection_enabled = true", [r.address]),
		"path": tf.attr_path(r, "purge_protection_enabled"),
	}
}
