# METADATA
# title: Key Vault key or secret without an expiration date
# description: >-
#   A key or secret without an expiration date is never forced through rotation, so a leaked value
#   stays valid forever. CIS Microsoft Azure Foundations 8.1-8.4 require an expiration date on every
#   key and secret.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/key-vault/keys/about-keys-details#key-attributes
# custom:
#   id: terraform/azure-keyvault-expiration
#   severity: low
#   kinds: [terraform-plan]
#   remediation: |
#     Set `expiration_date` (RFC 3339), and rotate before it passes (a key `rotation_policy` can do
#     it automatically).
#
#     Before:
#     ```hcl
#     resource "azurerm_key_vault_secret" "db" {
#       name         = "db-password"
#       value        = random_password.db.result
#       key_vault_id = azurerm_key_vault.main.id
#     }
#     ```
#     After:
#     ```hcl
#     resource "azurerm_key_vault_secret" "db" {
#       name            = "db-password"
#       value           = random_password.db.result
#       key_vault_id    = azurerm_key_vault.main.id
#       expiration_date = "2026-12-31T00:00:00Z"
#     }
#     ```
#   tags: [security, azure, key-vault, secrets]
#   frameworks:
#     cis-azure: ["8.1", "8.2", "8.3", "8.4"]
#   equivalents:
#     checkov: [CKV_AZURE_40, CKV_AZURE_41]
#     kics: [azure/key_expiration_not_set, azure/secret_expiration_not_set]
package palisade.terraform.azure_keyvault_expiration

import data.palisade.lib.terraform as tf

violation contains v if {
	some t in ["azurerm_key_vault_key", "azurerm_key_vault_secret"]
	some r in tf.of_type(t)
	tf.absent(r, "expiration_date")
	not _rotates_with_expiry(r)
	v := {
		"msg": sprintf("%s never expires; set expiration_date and rotate it before then", [r.address]),
		"path": tf.attr_path(r, "expiration_date"),
	}
}

# A key rotation policy with expire_after gives every version an expiration date.
_rotates_with_expiry(r) if tf.block(r, "rotation_policy").expire_after
