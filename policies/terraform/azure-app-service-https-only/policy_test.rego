# Unit tests for terraform/azure-app-service-https-only over plan-shaped input: web and function apps with and without https_only.
package palisade.terraform.azure_app_service_https_only_test

import data.palisade.terraform.azure_app_service_https_only

test_pass_https_only if {
	found := {v.path[1] | some v in azure_app_service_https_only.violation} with input as {"resource_changes": [{"address": "azurerm_linux_web_app.a", "mode": "managed", "type": "azurerm_linux_web_app", "name": "a", "change": {"actions": ["create"], "after": {"https_only": true}, "after_unknown": {}}}, {"address": "azurerm_function_app.b", "mode": "managed", "type": "azurerm_function_app", "name": "b", "change": {"actions": ["create"], "after": {"https_only": true}, "after_unknown": {}}}]}
	count(found) == 0
}

test_fail_http_allowed if {
	found := {v.path[1] | some v in azure_app_service_https_only.violation} with input as {"resource_changes": [{"address": "azurerm_app_service.a", "mode": "managed", "type": "azurerm_app_service", "name": "a", "change": {"actions": ["create"], "after": {}, "after_unknown": {}}}, {"address": "azurerm_windows_function_app.b", "mode": "managed", "type": "azurerm_windows_function_app", "name": "b", "change": {"actions": ["create"], "after": {"https_only": false}, "after_unknown": {}}}]}
	found == {0, 1}
}
