# Unit tests for terraform/azure-app-service-auth over plan-shaped input: v1 and v2 settings enabled, and none.
package palisade.terraform.azure_app_service_auth_test

import data.palisade.terraform.azure_app_service_auth

test_pass_auth if {
	found := {v.path[1] | some v in azure_app_service_auth.violation} with input as {"resource_changes": [{"address": "azurerm_app_service.a", "mode": "managed", "type": "azurerm_app_service", "name": "a", "change": {"actions": ["create"], "after": {"auth_settings": [{"enabled": true}]}, "after_unknown": {}}}, {"address": "azurerm_linux_web_app.b", "mode": "managed", "type": "azurerm_linux_web_app", "name": "b", "change": {"actions": ["create"], "after": {"auth_settings_v2": [{"auth_enabled": true}]}, "after_unknown": {}}}]}
	count(found) == 0
}

test_fail_anonymous if {
	found := {v.path[1] | some v in azure_app_service_auth.violation} with input as {"resource_changes": [{"address": "azurerm_linux_web_app.a", "mode": "managed", "type": "azurerm_linux_web_app", "name": "a", "change": {"actions": ["create"], "after": {}, "after_unknown": {}}}, {"address": "azurerm_app_service.b", "mode": "managed", "type": "azurerm_app_service", "name": "b", "change": {"actions": ["create"], "after": {"auth_settings": [{"enabled": false}]}, "after_unknown": {}}}]}
	found == {0, 1}
}
