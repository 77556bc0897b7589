# Unit tests for terraform/azure-keyvault-network-acls over plan-shaped input: no ACLs, default Allow, default Deny, and public access switched off.
package palisade.terraform.azure_keyvault_network_acls_test

import data.palisade.terraform.azure_keyvault_network_acls

test_pass_deny_or_private if {
	found := {v.path[1] | some v in azure_keyvault_network_acls.violation} with input as {"resource_changes": [{"address": "azurerm_key_vault.a", "mode": "managed", "type": "azurerm_key_vault", "name": "a", "change": {"actions": ["create"], "after": {"network_acls": [{"default_action": "Deny", "bypass": "AzureServices"}]}, "after_unknown": {}}}, {"address": "azurerm_key_vault.b", "mode": "managed", "type": "azurerm_key_vault", "name": "b", "change": {"actions": ["create"], "after": {"public_network_access_enabled": false}, "after_unknown": {}}}]}
	count(found) == 0
}

test_fail_open if {
	found := {v.path[1] | some v in azure_keyvault_network_acls.violation} with input as {"resource_changes": [{"address": "azurerm_key_vault.a", "mode": "managed", "type": "azurerm_key_vault", "name": "a", "change": {"actions": ["create"], "after": {}, "after_unknown": {}}}, {"address": "azurerm_key_vault.b", "mode": "managed", "type": "azurerm_key_vault", "name": "b", "change": {"actions": ["create"], "after": {"network_acls": [{"default_action": "Allow", "bypass": "AzureServices"}]}, "after_unknown": {}}}]}
	found == {0, 1}
}
