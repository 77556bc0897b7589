# Unit tests for terraform/azure-mssql-public-network-access over plan-shaped input: the default (public), explicit true, false and unknown.
package palisade.terraform.azure_mssql_public_network_access_test

import data.palisade.terraform.azure_mssql_public_network_access

test_pass_private if {
	found := {v.path[1] | some v in azure_mssql_public_network_access.violation} with input as {"resource_changes": [{"address": "azurerm_mssql_server.a", "mode": "managed", "type": "azurerm_mssql_server", "name": "a", "change": {"actions": ["create"], "after": {"public_network_access_enabled": false}, "after_unknown": {}}}, {"address": "azurerm_mssql_server.b", "mode": "managed", "type": "azurerm_mssql_server", "name": "b", "change": {"actions": ["create"], "after": {}, "after_unknown": {"public_network_access_enabled": true}}}]}
	count(found) == 0
}

test_fail_public if {
	found := {v.path[1] | some v in azure_mssql_public_network_access.violation} with input as {"resource_changes": [{"address": "azurerm_mssql_server.a", "mode": "managed", "type": "azurerm_mssql_server", "name": "a", "change": {"actions": ["create"], "after": {}, "after_unknown": {}}}, {"address": "azurerm_mssql_server.b", "mode": "managed", "type": "azurerm_mssql_server", "name": "b", "change": {"actions": ["create"], "after": {"public_network_access_enabled": true}, "after_unknown": {}}}]}
	found == {0, 1}
}
