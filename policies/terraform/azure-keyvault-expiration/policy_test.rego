# Unit tests for terraform/azure-keyvault-expiration over plan-shaped input: keys and secrets with and without an expiration date, and a rotation policy.
package palisade.terraform.azure_keyvault_expiration_test

import data.palisade.terraform.azure_keyvault_expiration

test_pass_expiring if {
	found := {v.path[1] | some v in azure_keyvault_expiration.violation} with input as {"resource_changes": [{"address": "azurerm_key_vault_key.a", "mode": "managed", "type": "azurerm_key_vault_key", "name": "a", "change": {"actions": ["create"], "after": {"expiration_date": "2026-12-31T00:00:00Z"}, "after_unknown": {}}}, {"address": "azurerm_key_vault_key.b", "mode": "managed", "type": "azurerm_key_vault_key", "name": "b", "change": {"actions": ["create"], "after": {"rotation_policy": [{"expire_after": "P90D"}]}, "after_unknown": {}}}, {"address": "azurerm_key_vault_secret.c", "mode": "managed", "type": "azurerm_key_vault_secret", "name": "c", "change": {"actions": ["create"], "after": {}, "after_unknown": {"expiration_date": true}}}]}
	count(found) == 0
}

test_fail_never_expires if {
	found := {v.path[1] | some v in azure_keyvault_expiration.violation} with input as {"resource_changes": [{"address": "azurerm_key_vault_key.a", "mode": "managed", "type": "azurerm_key_vault_key", "name": "a", "change": {"actions": ["create"], "after": {}, "after_unknown": {}}}, {"address": "azurerm_key_vault_secret.b", "mode": "managed", "type": "azurerm_key_vault_secret", "name": "b", "change": {"actions": ["create"], "after": {"expiration_date": null}, "after_unknown": {}}}]}
	found == {0, 1}
}
