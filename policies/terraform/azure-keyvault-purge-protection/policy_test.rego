# Unit tests for terraform/azure-keyvault-purge-protection over plan-shaped input: missing, false and true.
package palisade.terraform.azure_keyvault_purge_protection_test

import data.palisade.terraform.azure_keyvault_purge_protection

test_pass_protected if {
	found := {v.path[1] | some v in azure_keyvault_purge_protection.violation} with input as {"resource_changes": [{"address": "azurerm_key_vault.a", "mode": "managed", "type": "azurerm_key_vault", "name": "a", "change": {"actions": ["create"], "after": {"purge_protection_enabled": true}, "after_unknown": {}}}]}
	count(found) == 0
}

test_fail_unprotected if {
	found := {v.path[1] | some v in azure_keyvault_purge_protection.violation} with input as {"resource_changes": [{"address": "azurerm_key_vault.a", "mode": "managed", "type": "azurerm_key_vault", "name": "a", "change": {"actions": ["create"], "after": {}, "after_unknown": {}}}, {"address": "azurerm_key_vault.b", "mode": "managed", "type": "azurerm_key_vault", "name": "b", "change": {"actions": ["create"], "after": {"purge_protection_enabled": false}, "after_unknown": {}}}]}
	found == {0, 1}
}
