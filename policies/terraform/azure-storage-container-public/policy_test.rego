# Unit tests for terraform/azure-storage-container-public: the fixture cases, in miniature, and the edge cases
# (known-after-apply values, modules, deletions) that fixtures do not show.
package palisade.terraform.azure_storage_container_public_test

import data.palisade.terraform.azure_storage_container_public

test_pass_private if {
	found := {v.path | some v in azure_storage_container_public.violation} with input as {
		"resource_changes": [
			{"address": "azurerm_storage_container.reports", "type": "azurerm_storage_container", "change": {"actions": ["create"], "after": {"container_access_type": "private", "metadata": null, "name": "reports", "storage_account_name": "acmedata"}, "after_unknown": {"id": true, "has_immutability_policy": true, "has_legal_hold": true, "resource_manager_id": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "azurerm_storage_container.reports", "mode": "managed", "type": "azurerm_storage_container", "name": "reports", "provider_config_key": "azurerm", "expressions": {"container_access_type": {"constant_value": "private"}, "name": {"constant_value": "reports"}, "storage_account_name": {"constant_value": "acmedata"}}, "schema_version": 0}]}},
	}
	count(found) == 0
}

test_fail_public if {
	found := {v.path | some v in azure_storage_container_public.violation} with input as {
		"resource_changes": [
			{"address": "azurerm_storage_container.images", "type": "azurerm_storage_container", "change": {"actions": ["create"], "after": {"container_access_type": "blob", "metadata": null, "name": "images", "storage_account_name": "acmedata"}, "after_unknown": {"id": true, "has_immutability_policy": true, "has_legal_hold": true, "resource_manager_id": true}}},
			{"address": "azurerm_storage_container.exports", "type": "azurerm_storage_container", "change": {"actions": ["create"], "after": {"container_access_type": "container", "metadata": null, "name": "exports", "storage_account_name": "acmedata"}, "after_unknown": {"id": true, "has_immutability_policy": true, "has_legal_hold": true, "resource_manager_id": true}}},
			{"address": "azurerm_storage_container.reports", "type": "azurerm_storage_container", "change": {"actions": ["create"], "after": {"container_access_type": "private", "metadata": null, "name": "reports", "storage_account_name": "acmedata"}, "after_unknown": {"id": true, "has_immutability_policy": true, "has_legal_hold": true, "resource_manager_id": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "azurerm_storage_container.images", "mode": "managed", "type": "azurerm_storage_container", "name": "images", "provider_config_key": "azurerm", "expressions": {"container_access_type": {"constant_value": "blob"}, "name": {"constant_value": "images"}, "storage_account_name": {"constant_value": "acmedata"}}, "schema_version": 0}, {"address": "azurerm_storage_container.exports", "mode": "managed", "type": "azurerm_storage_container", "name": "exports", "provider_config_key": "azurerm", "expressions": {"container_access_type": {"constant_value": "container"}, "name": {"constant_value": "exports"}, "storage_account_name": {"constant_value": "acmedata"}}, "schema_version": 0}, {"address": "azurerm_storage_container.reports", "mode": "managed", "type": "azurerm_storage_container", "name": "reports", "provider_config_key": "azurerm", "expressions": {"container_access_type": {"constant_value": "private"}, "name": {"constant_value": "reports"}, "storage_account_name": {"constant_value": "acmedata"}}, "schema_version": 0}]}},
	}
	found == {["resource_changes", 0, "change", "after", "container_access_type"], ["resource_changes", 1, "change", "after", "container_access_type"]}
}

test_fail_public_message_names_resource if {
	vs := azure_storage_container_public.violation with input as {
		"resource_changes": [
			{"address": "azurerm_storage_container.images", "type": "azurerm_storage_container", "change": {"actions": ["create"], "after": {"container_access_type": "blob", "metadata": null, "name": "images", "storage_account_name": "acmedata"}, "after_unknown": {"id": true, "has_immutability_policy": true, "has_legal_hold": true, "resource_manager_id": true}}},
			{"address": "azurerm_storage_container.exports", "type": "azurerm_storage_container", "change": {"actions": ["create"], "after": {"container_access_type": "container", "metadata": null, "name": "exports", "storage_account_name": "acmedata"}, "after_unknown": {"id": true, "has_immutability_policy": true, "has_legal_hold": true, "resource_manager_id": true}}},
			{"address": "azurerm_storage_container.reports", "type": "azurerm_storage_container", "change": {"actions": ["create"], "after": {"container_access_type": "private", "metadata": null, "name": "reports", "storage_account_name": "acmedata"}, "after_unknown": {"id": true, "has_immutability_policy": true, "has_legal_hold": true, "resource_manager_id": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "azurerm_storage_container.images", "mode": "managed", "type": "azurerm_storage_container", "name": "images", "provider_config_key": "azurerm", "expressions": {"container_access_type": {"constant_value": "blob"}, "name": {"constant_value": "images"}, "storage_account_name": {"constant_value": "acmedata"}}, "schema_version": 0}, {"address": "azurerm_storage_container.exports", "mode": "managed", "type": "azurerm_storage_container", "name": "exports", "provider_config_key": "azurerm", "expressions": {"container_access_type": {"constant_value": "container"}, "name": {"constant_value": "exports"}, "storage_account_name": {"constant_value": "acmedata"}}, "schema_version": 0}, {"address": "azurerm_storage_container.reports", "mode": "managed", "type": "azurerm_storage_container", "name": "reports", "provider_config_key": "azurerm", "expressions": {"container_access_type": {"constant_value": "private"}, "name": {"constant_value": "reports"}, "storage_account_name": {"constant_value": "acmedata"}}, "schema_version": 0}]}},
	}
	some v in vs
	v.path == ["resource_changes", 0, "change", "after", "container_access_type"]
	contains(v.msg, "azurerm_storage_container.images")
}
