# Unit tests for terraform/azure-sql-firewall-open: the fixture cases, in miniature, and the edge cases
# (known-after-apply values, modules, deletions) that fixtures do not show.
package palisade.terraform.azure_sql_firewall_open_test

import data.palisade.terraform.azure_sql_firewall_open

test_pass_scoped if {
	found := {v.path | some v in azure_sql_firewall_open.violation} with input as {
		"resource_changes": [
			{"address": "azurerm_mssql_firewall_rule.office", "type": "azurerm_mssql_firewall_rule", "change": {"actions": ["create"], "after": {"end_ip_address": "203.0.113.20", "name": "office", "start_ip_address": "203.0.113.10"}, "after_unknown": {"id": true, "server_id": true}}},
			{"address": "azurerm_mssql_firewall_rule.azure_services", "type": "azurerm_mssql_firewall_rule", "change": {"actions": ["create"], "after": {"end_ip_address": "0.0.0.0", "name": "azure-services", "start_ip_address": "0.0.0.0"}, "after_unknown": {"id": true, "server_id": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "azurerm_mssql_firewall_rule.office", "mode": "managed", "type": "azurerm_mssql_firewall_rule", "name": "office", "provider_config_key": "azurerm", "expressions": {"end_ip_address": {"constant_value": "203.0.113.20"}, "name": {"constant_value": "office"}, "server_id": {"references": ["azurerm_mssql_server.main.id", "azurerm_mssql_server.main"]}, "start_ip_address": {"constant_value": "203.0.113.10"}}, "schema_version": 0}, {"address": "azurerm_mssql_firewall_rule.azure_services", "mode": "managed", "type": "azurerm_mssql_firewall_rule", "name": "azure_services", "provider_config_key": "azurerm", "expressions": {"end_ip_address": {"constant_value": "0.0.0.0"}, "name": {"constant_value": "azure-services"}, "server_id": {"references": ["azurerm_mssql_server.main.id", "azurerm_mssql_server.main"]}, "start_ip_address": {"constant_value": "0.0.0.0"}}, "schema_version": 0}]}},
	}
	count(found) == 0
}

test_fail_open if {
	found := {v.path | some v in azure_sql_firewall_open.violation} with input as {
		"resource_changes": [
			{"address": "azurerm_mssql_firewall_rule.everyone", "type": "azurerm_mssql_firewall_rule", "change": {"actions": ["create"], "after": {"end_ip_address": "255.255.255.255", "name": "everyone", "start_ip_address": "0.0.0.0"}, "after_unknown": {"id": true, "server_id": true}}},
			{"address": "azurerm_postgresql_flexible_server_firewall_rule.all", "type": "azurerm_postgresql_flexible_server_firewall_rule", "change": {"actions": ["create"], "after": {"end_ip_address": "255.255.255.255", "name": "all", "start_ip_address": "0.0.0.0"}, "after_unknown": {"id": true, "server_id": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "azurerm_mssql_firewall_rule.everyone", "mode": "managed", "type": "azurerm_mssql_firewall_rule", "name": "everyone", "provider_config_key": "azurerm", "expressions": {"end_ip_address": {"constant_value": "255.255.255.255"}, "name": {"constant_value": "everyone"}, "server_id": {"references": ["azurerm_mssql_server.main.id", "azurerm_mssql_server.main"]}, "start_ip_address": {"constant_value": "0.0.0.0"}}, "schema_version": 0}, {"address": "azurerm_postgresql_flexible_server_firewall_rule.all", "mode": "managed", "type": "azurerm_postgresql_flexible_server_firewall_rule", "name": "all", "provider_config_key": "azurerm", "expressions": {"end_ip_address": {"constant_value": "255.255.255.255"}, "name": {"constant_value": "all"}, "server_id": {"references": ["azurerm_mssql_server.main.id", "azurerm_mssql_server.main"]}, "start_ip_address": {"constant_value": "0.0.0.0"}}, "schema_version": 0}]}},
	}
	found == {["resource_changes", 0, "change", "after", "end_ip_address"], ["resource_changes", 1, "change", "after", "end_ip_address"]}
}

test_fail_open_message_names_resource if {
	vs := azure_sql_firewall_open.violation with input as {
		"resource_changes": [
			{"address": "azurerm_mssql_firewall_rule.everyone", "type": "azurerm_mssql_firewall_rule", "change": {"actions": ["create"], "after": {"end_ip_address": "255.255.255.255", "name": "everyone", "start_ip_address": "0.0.0.0"}, "after_unknown": {"id": true, "server_id": true}}},
			{"address": "azurerm_postgresql_flexible_server_firewall_rule.all", "type": "azurerm_postgresql_flexible_server_firewall_rule", "change": {"actions": ["create"], "after": {"end_ip_address": "255.255.255.255", "name": "all", "start_ip_address": "0.0.0.0"}, "after_unknown": {"id": true, "server_id": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "azurerm_mssql_firewall_rule.everyone", "mode": "managed", "type": "azurerm_mssql_firewall_rule", "name": "everyone", "provider_config_key": "azurerm", "expressions": {"end_ip_address": {"constant_value": "255.255.255.255"}, "name": {"constant_value": "everyone"}, "server_id": {"references": ["azurerm_mssql_server.main.id", "azurerm_mssql_server.main"]}, "start_ip_address": {"constant_value": "0.0.0.0"}}, "schema_version": 0}, {"address": "azurerm_postgresql_flexible_server_firewall_rule.all", "mode": "managed", "type": "azurerm_postgresql_flexible_server_firewall_rule", "name": "all", "provider_config_key": "azurerm", "expressions": {"end_ip_address": {"constant_value": "255.255.255.255"}, "name": {"constant_value": "all"}, "server_id": {"references": ["azurerm_mssql_server.main.id", "azurerm_mssql_server.main"]}, "start_ip_address": {"constant_value": "0.0.0.0"}}, "schema_version": 0}]}},
	}
	some v in vs
	v.path == ["resource_changes", 0, "change", "after", "end_ip_address"]
	contains(v.msg, "azurerm_mssql_firewall_rule.everyone")
}

test_wide_ranges_but_not_narrow_ones if {
	found := {v.path[1] | some v in azure_sql_firewall_open.violation} with input as {"resource_changes": [
		{"address": "azurerm_sql_firewall_rule.wide", "type": "azurerm_sql_firewall_rule", "change": {"actions": ["create"], "after": {"start_ip_address": "0.0.0.0", "end_ip_address": "10.0.27.62"}, "after_unknown": {}}},
		{"address": "azurerm_sql_firewall_rule.azure", "type": "azurerm_sql_firewall_rule", "change": {"actions": ["create"], "after": {"start_ip_address": "0.0.0.0", "end_ip_address": "0.0.0.0"}, "after_unknown": {}}},
		{"address": "azurerm_sql_firewall_rule.office", "type": "azurerm_sql_firewall_rule", "change": {"actions": ["create"], "after": {"start_ip_address": "10.0.17.62", "end_ip_address": "10.0.27.62"}, "after_unknown": {}}},
	]}
	found == {0}
}
