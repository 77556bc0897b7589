# Unit tests for terraform/azure-storage-secure-transfer: the fixture cases, in miniature, and the edge cases
# (known-after-apply values, modules, deletions) that fixtures do not show.
package palisade.terraform.azure_storage_secure_transfer_test

import data.palisade.terraform.azure_storage_secure_transfer

test_pass_https_only if {
	found := {v.path | some v in azure_storage_secure_transfer.violation} with input as {
		"resource_changes": [
			{"address": "azurerm_storage_account.data", "type": "azurerm_storage_account", "change": {"actions": ["create"], "after": {"account_kind": "StorageV2", "account_replication_type": "GRS", "account_tier": "Standard", "allow_nested_items_to_be_public": false, "https_traffic_only_enabled": true, "location": "westeurope", "min_tls_version": "TLS1_2", "name": "acmedata", "network_rules": [{"bypass": ["AzureServices"], "default_action": "Deny", "ip_rules": ["203.0.113.0/24"], "private_link_access": [], "virtual_network_subnet_ids": []}], "resource_group_name": "rg-data"}, "after_unknown": {"id": true, "primary_access_key": true, "primary_blob_endpoint": true, "identity": true, "blob_properties": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "azurerm_storage_account.data", "mode": "managed", "type": "azurerm_storage_account", "name": "data", "provider_config_key": "azurerm", "expressions": {"account_kind": {"constant_value": "StorageV2"}, "account_replication_type": {"constant_value": "GRS"}, "account_tier": {"constant_value": "Standard"}, "allow_nested_items_to_be_public": {"constant_value": false}, "https_traffic_only_enabled": {"constant_value": true}, "location": {"constant_value": "westeurope"}, "min_tls_version": {"constant_value": "TLS1_2"}, "name": {"constant_value": "acmedata"}, "network_rules": [{"bypass": {"constant_value": ["AzureServices"]}, "default_action": {"constant_value": "Deny"}, "ip_rules": {"constant_value": ["203.0.113.0/24"]}, "private_link_access": {"constant_value": []}, "virtual_network_subnet_ids": {"constant_value": []}}], "resource_group_name": {"constant_value": "rg-data"}}, "schema_version": 0}]}},
	}
	count(found) == 0
}

test_fail_http_allowed if {
	found := {v.path | some v in azure_storage_secure_transfer.violation} with input as {
		"resource_changes": [
			{"address": "azurerm_storage_account.data", "type": "azurerm_storage_account", "change": {"actions": ["create"], "after": {"account_kind": "StorageV2", "account_replication_type": "GRS", "account_tier": "Standard", "allow_nested_items_to_be_public": false, "https_traffic_only_enabled": false, "location": "westeurope", "min_tls_version": "TLS1_2", "name": "acmedata", "network_rules": [{"bypass": ["AzureServices"], "default_action": "Deny", "ip_rules": ["203.0.113.0/24"], "private_link_access": [], "virtual_network_subnet_ids": []}], "resource_group_name": "rg-data"}, "after_unknown": {"id": true, "primary_access_key": true, "primary_blob_endpoint": true, "identity": true, "blob_properties": true}}},
			{"address": "azurerm_storage_account.legacy", "type": "azurerm_storage_account", "change": {"actions": ["create"], "after": {"account_replication_type": "LRS", "account_tier": "Standard", "enable_https_traffic_only": false, "location": "westeurope", "name": "acmelegacy", "resource_group_name": "rg-data"}, "after_unknown": {"id": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "azurerm_storage_account.data", "mode": "managed", "type": "azurerm_storage_account", "name": "data", "provider_config_key": "azurerm", "expressions": {"account_kind": {"constant_value": "StorageV2"}, "account_replication_type": {"constant_value": "GRS"}, "account_tier": {"constant_value": "Standard"}, "allow_nested_items_to_be_public": {"constant_value": false}, "https_traffic_only_enabled": {"constant_value": false}, "location": {"constant_value": "westeurope"}, "min_tls_version": {"constant_value": "TLS1_2"}, "name": {"constant_value": "acmedata"}, "network_rules": [{"bypass": {"constant_value": ["AzureServices"]}, "default_action": {"constant_value": "Deny"}, "ip_rules": {"constant_value": ["203.0.113.0/24"]}, "private_link_access": {"constant_value": []}, "virtual_network_subnet_ids": {"constant_value": []}}], "resource_group_name": {"constant_value": "rg-data"}}, "schema_version": 0}, {"address": "azurerm_storage_account.legacy", "mode": "managed", "type": "azurerm_storage_account", "name": "legacy", "provider_config_key": "azurerm", "expressions": {"account_replication_type": {"constant_value": "LRS"}, "account_tier": {"constant_value": "Standard"}, "enable_https_traffic_only": {"constant_value": false}, "location": {"constant_value": "westeurope"}, "name": {"constant_value": "acmelegacy"}, "resource_group_name": {"constant_value": "rg-data"}}, "schema_version": 0}]}},
	}
	found == {["resource_changes", 0, "change", "after", "https_traffic_only_enabled"], ["resource_changes", 1, "change", "after", "enable_https_traffic_only"]}
}

test_fail_http_allowed_message_names_resource if {
	vs := azure_storage_secure_transfer.violation with input as {
		"resource_changes": [
			{"address": "azurerm_storage_account.data", "type": "azurerm_storage_account", "change": {"actions": ["create"], "after": {"account_kind": "StorageV2", "account_replication_type": "GRS", "account_tier": "Standard", "allow_nested_items_to_be_public": false, "https_traffic_only_enabled": false, "location": "westeurope", "min_tls_version": "TLS1_2", "name": "acmedata", "network_rules": [{"bypass": ["AzureServices"], "default_action": "Deny", "ip_rules": ["203.0.113.0/24"], "private_link_access": [], "virtual_network_subnet_ids": []}], "resource_group_name": "rg-data"}, "after_unknown": {"id": true, "primary_access_key": true, "primary_blob_endpoint": true, "identity": true, "blob_properties": true}}},
			{"address": "azurerm_storage_account.legacy", "type": "azurerm_storage_account", "change": {"actions": ["create"], "after": {"account_replication_type": "LRS", "account_tier": "Standard", "enable_https_traffic_only": false, "location": "westeurope", "name": "acmelegacy", "resource_group_name": "rg-data"}, "after_unknown": {"id": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "azurerm_storage_account.data", "mode": "managed", "type": "azurerm_storage_account", "name": "data", "provider_config_key": "azurerm", "expressions": {"account_kind": {"constant_value": "StorageV2"}, "account_replication_type": {"constant_value": "GRS"}, "account_tier": {"constant_value": "Standard"}, "allow_nested_items_to_be_public": {"constant_value": false}, "https_traffic_only_enabled": {"constant_value": false}, "location": {"constant_value": "westeurope"}, "min_tls_version": {"constant_value": "TLS1_2"}, "name": {"constant_value": "acmedata"}, "network_rules": [{"bypass": {"constant_value": ["AzureServices"]}, "default_action": {"constant_value": "Deny"}, "ip_rules": {"constant_value": ["203.0.113.0/24"]}, "private_link_access": {"constant_value": []}, "virtual_network_subnet_ids": {"constant_value": []}}], "resource_group_name": {"constant_value": "rg-data"}}, "schema_version": 0}, {"address": "azurerm_storage_account.legacy", "mode": "managed", "type": "azurerm_storage_account", "name": "legacy", "provider_config_key": "azurerm", "expressions": {"account_replication_type": {"constant_value": "LRS"}, "account_tier": {"constant_value": "Standard"}, "enable_https_traffic_only": {"constant_value": false}, "location": {"constant_value": "westeurope"}, "name": {"constant_value": "acmelegacy"}, "resource_group_name": {"constant_value": "rg-data"}}, "schema_version": 0}]}},
	}
	some v in vs
	v.path == ["resource_changes", 0, "change", "after", "https_traffic_only_enabled"]
	contains(v.msg, "azurerm_storage_account.data")
}
