# Unit tests for terraform/azure-storage-network-default-allow: the fixture cases, in miniature, and the edge cases
# (known-after-apply values, modules, deletions) that fixtures do not show.
package palisade.terraform.azure_storage_network_default_allow_test

import data.palisade.terraform.azure_storage_network_default_allow

test_pass_deny_by_default if {
	found := {v.path | some v in azure_storage_network_default_allow.violation} with input as {
		"resource_changes": [
			{"address": "azurerm_storage_account.data", "type": "azurerm_storage_account", "change": {"actions": ["create"], "after": {"account_kind": "StorageV2", "account_replication_type": "GRS", "account_tier": "Standard", "allow_nested_items_to_be_public": false, "https_traffic_only_enabled": true, "location": "westeurope", "min_tls_version": "TLS1_2", "name": "acmedata", "network_rules": [{"bypass": ["AzureServices"], "default_action": "Deny", "ip_rules": ["203.0.113.0/24"], "private_link_access": [], "virtual_network_subnet_ids": []}], "resource_group_name": "rg-data"}, "after_unknown": {"id": true, "primary_access_key": true, "primary_blob_endpoint": true, "identity": true, "blob_properties": true}}},
			{"address": "azurerm_storage_account.logs", "type": "azurerm_storage_account", "change": {"actions": ["create"], "after": {"account_kind": "StorageV2", "account_replication_type": "GRS", "account_tier": "Standard", "allow_nested_items_to_be_public": false, "https_traffic_only_enabled": true, "location": "westeurope", "min_tls_version": "TLS1_2", "name": "acmelogs", "resource_group_name": "rg-data"}, "after_unknown": {"id": true, "primary_access_key": true, "primary_blob_endpoint": true, "network_rules": true, "identity": true, "blob_properties": true}}},
			{"address": "azurerm_storage_account_network_rules.logs", "type": "azurerm_storage_account_network_rules", "change": {"actions": ["create"], "after": {"bypass": ["AzureServices"], "default_action": "Deny", "ip_rules": [], "virtual_network_subnet_ids": []}, "after_unknown": {"id": true, "storage_account_id": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "azurerm_storage_account.data", "mode": "managed", "type": "azurerm_storage_account", "name": "data", "provider_config_key": "azurerm", "expressions": {"account_kind": {"constant_value": "StorageV2"}, "account_replication_type": {"constant_value": "GRS"}, "account_tier": {"constant_value": "Standard"}, "allow_nested_items_to_be_public": {"constant_value": false}, "https_traffic_only_enabled": {"constant_value": true}, "location": {"constant_value": "westeurope"}, "min_tls_version": {"constant_value": "TLS1_2"}, "name": {"constant_value": "acmedata"}, "network_rules": [{"bypass": {"constant_value": ["AzureServices"]}, "default_action": {"constant_value": "Deny"}, "ip_rules": {"constant_value": ["203.0.113.0/24"]}, "private_link_access": {"constant_value": []}, "virtual_network_subnet_ids": {"constant_value": []}}], "resource_group_name": {"constant_value": "rg-data"}}, "schema_version": 0}, {"address": "azurerm_storage_account.logs", "mode": "managed", "type": "azurerm_storage_account", "name": "logs", "provider_config_key": "azurerm", "expressions": {"account_kind": {"constant_value": "StorageV2"}, "account_replication_type": {"constant_value": "GRS"}, "account_tier": {"constant_value": "Standard"}, "allow_nested_items_to_be_public": {"constant_value": false}, "https_traffic_only_enabled": {"constant_value": true}, "location": {"constant_value": "westeurope"}, "min_tls_version": {"constant_value": "TLS1_2"}, "name": {"constant_value": "acmelogs"}, "resource_group_name": {"constant_value": "rg-data"}}, "schema_version": 0}, {"address": "azurerm_storage_account_network_rules.logs", "mode": "managed", "type": "azurerm_storage_account_network_rules", "name": "logs", "provider_config_key": "azurerm", "expressions": {"bypass": {"constant_value": ["AzureServices"]}, "default_action": {"constant_value": "Deny"}, "storage_account_id": {"references": ["azurerm_storage_account.logs.id", "azurerm_storage_account.logs"]}}, "schema_version": 0}]}},
	}
	count(found) == 0
}

test_fail_allow_all if {
	found := {v.path | some v in azure_storage_network_default_allow.violation} with input as {
		"resource_changes": [
			{"address": "azurerm_storage_account.data", "type": "azurerm_storage_account", "change": {"actions": ["create"], "after": {"account_kind": "StorageV2", "account_replication_type": "GRS", "account_tier": "Standard", "allow_nested_items_to_be_public": false, "https_traffic_only_enabled": true, "location": "westeurope", "min_tls_version": "TLS1_2", "name": "acmedata", "network_rules": [{"bypass": ["AzureServices"], "default_action": "Allow", "ip_rules": ["203.0.113.0/24"], "private_link_access": [], "virtual_network_subnet_ids": []}], "resource_group_name": "rg-data"}, "after_unknown": {"id": true, "primary_access_key": true, "primary_blob_endpoint": true, "identity": true, "blob_properties": true}}},
			{"address": "azurerm_storage_account.media", "type": "azurerm_storage_account", "change": {"actions": ["create"], "after": {"account_kind": "StorageV2", "account_replication_type": "GRS", "account_tier": "Standard", "allow_nested_items_to_be_public": false, "https_traffic_only_enabled": true, "location": "westeurope", "min_tls_version": "TLS1_2", "name": "acmemedia", "resource_group_name": "rg-data"}, "after_unknown": {"id": true, "primary_access_key": true, "primary_blob_endpoint": true, "network_rules": true, "identity": true, "blob_properties": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "azurerm_storage_account.data", "mode": "managed", "type": "azurerm_storage_account", "name": "data", "provider_config_key": "azurerm", "expressions": {"account_kind": {"constant_value": "StorageV2"}, "account_replication_type": {"constant_value": "GRS"}, "account_tier": {"constant_value": "Standard"}, "allow_nested_items_to_be_public": {"constant_value": false}, "https_traffic_only_enabled": {"constant_value": true}, "location": {"constant_value": "westeurope"}, "min_tls_version": {"constant_value": "TLS1_2"}, "name": {"constant_value": "acmedata"}, "network_rules": [{"bypass": {"constant_value": ["AzureServices"]}, "default_action": {"constant_value": "Allow"}, "ip_rules": {"constant_value": ["203.0.113.0/24"]}, "private_link_access": {"constant_value": []}, "virtual_network_subnet_ids": {"constant_value": []}}], "resource_group_name": {"constant_value": "rg-data"}}, "schema_version": 0}, {"address": "azurerm_storage_account.media", "mode": "managed", "type": "azurerm_storage_account", "name": "media", "provider_config_key": "azurerm", "expressions": {"account_kind": {"constant_value": "StorageV2"}, "account_replication_type": {"constant_value": "GRS"}, "account_tier": {"constant_value": "Standard"}, "allow_nested_items_to_be_public": {"constant_value": false}, "https_traffic_only_enabled": {"constant_value": true}, "location": {"constant_value": "westeurope"}, "min_tls_version": {"constant_value": "TLS1_2"}, "name": {"constant_value": "acmemedia"}, "resource_group_name": {"constant_value": "rg-data"}}, "schema_version": 0}]}},
	}
	found == {["resource_changes", 0, "change", "after", "network_rules", 0, "default_action"], ["resource_changes", 1, "change", "after"]}
}

test_fail_allow_all_message_names_resource if {
	vs := azure_storage_network_default_allow.violation with input as {
		"resource_changes": [
			{"address": "azurerm_storage_account.data", "type": "azurerm_storage_account", "change": {"actions": ["create"], "after": {"account_kind": "StorageV2", "account_replication_type": "GRS", "account_tier": "Standard", "allow_nested_items_to_be_public": false, "https_traffic_only_enabled": true, "location": "westeurope", "min_tls_version": "TLS1_2", "name": "acmedata", "network_rules": [{"bypass": ["AzureServices"], "default_action": "Allow", "ip_rules": ["203.0.113.0/24"], "private_link_access": [], "virtual_network_subnet_ids": []}], "resource_group_name": "rg-data"}, "after_unknown": {"id": true, "primary_access_key": true, "primary_blob_endpoint": true, "identity": true, "blob_properties": true}}},
			{"address": "azurerm_storage_account.media", "type": "azurerm_storage_account", "change": {"actions": ["create"], "after": {"account_kind": "StorageV2", "account_replication_type": "GRS", "account_tier": "Standard", "allow_nested_items_to_be_public": false, "https_traffic_only_enabled": true, "location": "westeurope", "min_tls_version": "TLS1_2", "name": "acmemedia", "resource_group_name": "rg-data"}, "after_unknown": {"id": true, "primary_access_key": true, "primary_blob_endpoint": true, "network_rules": true, "identity": true, "blob_properties": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "azurerm_storage_account.data", "mode": "managed", "type": "azurerm_storage_account", "name": "data", "provider_config_key": "azurerm", "expressions": {"account_kind": {"constant_value": "StorageV2"}, "account_replication_type": {"constant_value": "GRS"}, "account_tier": {"constant_value": "Standard"}, "allow_nested_items_to_be_public": {"constant_value": false}, "https_traffic_only_enabled": {"constant_value": true}, "location": {"constant_value": "westeurope"}, "min_tls_version": {"constant_value": "TLS1_2"}, "name": {"constant_value": "acmedata"}, "network_rules": [{"bypass": {"constant_value": ["AzureServices"]}, "default_action": {"constant_value": "Allow"}, "ip_rules": {"constant_value": ["203.0.113.0/24"]}, "private_link_access": {"constant_value": []}, "virtual_network_subnet_ids": {"constant_value": []}}], "resource_group_name": {"constant_value": "rg-data"}}, "schema_version": 0}, {"address": "azurerm_storage_account.media", "mode": "managed", "type": "azurerm_storage_account", "name": "media", "provider_config_key": "azurerm", "expressions": {"account_kind": {"constant_value": "StorageV2"}, "account_replication_type": {"constant_value": "GRS"}, "account_tier": {"constant_value": "Standard"}, "allow_nested_items_to_be_public": {"constant_value": false}, "https_traffic_only_enabled": {"constant_value": true}, "location": {"constant_value": "westeurope"}, "min_tls_version": {"constant_value": "TLS1_2"}, "name": {"constant_value": "acmemedia"}, "resource_group_name": {"constant_value": "rg-data"}}, "schema_version": 0}]}},
	}
	some v in vs
	v.path == ["resource_changes", 0, "change", "after", "network_rules", 0, "default_action"]
	contains(v.msg, "azurerm_storage_account.data")
}

_account(name, after) := {"address": sprintf("azurerm_storage_account.%s", [name]), "type": "azurerm_storage_account", "change": {"actions": ["create"], "after": after, "after_unknown": {}}}

test_no_rules_is_open_unless_public_access_is_off if {
	found := {v.path | some v in azure_storage_network_default_allow.violation} with input as {"resource_changes": [
		_account("private", {"public_network_access_enabled": false}),
		_account("public", {"public_network_access_enabled": true}),
		_account("default", {}),
	]}
	found == {
		["resource_changes", 1, "change", "after", "public_network_access_enabled"],
		["resource_changes", 2, "change", "after"],
	}
}

test_an_ip_rule_for_everyone_undoes_deny if {
	found := {v.path | some v in azure_storage_network_default_allow.violation} with input as {"resource_changes": [
		_account("a", {"network_rules": [{"default_action": "Deny", "ip_rules": ["203.0.113.0/24", "0.0.0.0/0"]}]}),
		{"address": "azurerm_storage_account_network_rules.b", "type": "azurerm_storage_account_network_rules", "change": {"actions": ["create"], "after": {"default_action": "Deny", "ip_rules": ["0.0.0.0/0"]}, "after_unknown": {}}},
		_account("c", {"network_rules": [{"default_action": "Deny", "ip_rules": ["203.0.113.0/24"]}]}),
	]}
	found == {
		["resource_changes", 0, "change", "after", "network_rules", 0, "ip_rules", 1],
		["resource_changes", 1, "change", "after", "ip_rules", 0],
	}
}
