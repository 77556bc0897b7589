# Unit tests for terraform/azure-sql-server-auditing over plan-shaped input: an inline policy, a linked policy resource, and neither.
package palisade.terraform.azure_sql_server_auditing_test

import data.palisade.terraform.azure_sql_server_auditing

test_pass_inline_policy if {
	found := {v.path[1] | some v in azure_sql_server_auditing.violation} with input as {"resource_changes": [{"address": "azurerm_sql_server.a", "mode": "managed", "type": "azurerm_sql_server", "name": "a", "change": {"actions": ["create"], "after": {"extended_auditing_policy": [{"retention_in_days": 90}]}, "after_unknown": {}}}]}
	count(found) == 0
}

test_pass_linked_policy if {
	found := {v.path[1] | some v in azure_sql_server_auditing.violation} with input as {"resource_changes": [{"address": "azurerm_mssql_server.a", "mode": "managed", "type": "azurerm_mssql_server", "name": "a", "change": {"actions": ["create"], "after": {"id": "srv-a"}, "after_unknown": {}}}, {"address": "azurerm_mssql_server_extended_auditing_policy.p", "mode": "managed", "type": "azurerm_mssql_server_extended_auditing_policy", "name": "p", "change": {"actions": ["create"], "after": {"server_id": "srv-a"}, "after_unknown": {}}}]}
	count(found) == 0
}

test_fail_no_auditing if {
	found := {v.path[1] | some v in azure_sql_server_auditing.violation} with input as {"resource_changes": [{"address": "azurerm_mssql_server.a", "mode": "managed", "type": "azurerm_mssql_server", "name": "a", "change": {"actions": ["create"], "after": {"id": "srv-a"}, "after_unknown": {}}}, {"address": "azurerm_sql_server.b", "mode": "managed", "type": "azurerm_sql_server", "name": "b", "change": {"actions": ["create"], "after": {}, "after_unknown": {}}}, {"address": "azurerm_mssql_server_extended_auditing_policy.p", "mode": "managed", "type": "azurerm_mssql_server_extended_auditing_policy", "name": "p", "change": {"actions": ["create"], "after": {"server_id": "srv-other"}, "after_unknown": {}}}]}
	found == {0, 1}
}
