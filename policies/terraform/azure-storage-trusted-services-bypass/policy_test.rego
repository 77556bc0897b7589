# Unit tests for terraform/azure-storage-trusted-services-bypass over plan-shaped input: the default bypass, AzureServices, and None.
package palisade.terraform.azure_storage_trusted_services_bypass_test

import data.palisade.terraform.azure_storage_trusted_services_bypass

test_pass_bypass if {
	found := {v.path[1] | some v in azure_storage_trusted_services_bypass.violation} with input as {"resource_changes": [{"address": "azurerm_storage_account.a", "mode": "managed", "type": "azurerm_storage_account", "name": "a", "change": {"actions": ["create"], "after": {"network_rules": [{"default_action": "Deny", "bypass": ["AzureServices", "Logging"]}]}, "after_unknown": {}}}, {"address": "azurerm_storage_account_network_rules.b", "mode": "managed", "type": "azurerm_storage_account_network_rules", "name": "b", "change": {"actions": ["create"], "after": {"default_action": "Deny"}, "after_unknown": {}}}, {"address": "azurerm_storage_account.c", "mode": "managed", "type": "azurerm_storage_account", "name": "c", "change": {"actions": ["create"], "after": {"network_rules": [{"default_action": "Allow", "bypass": ["None"]}]}, "after_unknown": {}}}]}
	count(found) == 0
}

test_fail_none if {
	found := {v.path[1] | some v in azure_storage_trusted_services_bypass.violation} with input as {"resource_changes": [{"address": "azurerm_storage_account.a", "mode": "managed", "type": "azurerm_storage_account", "name": "a", "change": {"actions": ["create"], "after": {"network_rules": [{"default_action": "Deny", "bypass": ["None"]}]}, "after_unknown": {}}}, {"address": "azurerm_storage_account_network_rules.b", "mode": "managed", "type": "azurerm_storage_account_network_rules", "name": "b", "change": {"actions": ["create"], "after": {"default_action": "Deny", "bypass": []}, "after_unknown": {}}}]}
	found == {0, 1}
}
