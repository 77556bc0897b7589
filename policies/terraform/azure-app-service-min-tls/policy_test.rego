# Unit tests for terraform/azure-app-service-min-tls over plan-shaped input: 1.2, the default, 1.0 and an SCM site at 1.1.
package palisade.terraform.azure_app_service_min_tls_test

import data.palisade.terraform.azure_app_service_min_tls

test_pass_tls12 if {
	found := {v.path[1] | some v in azure_app_service_min_tls.violation} with input as {"resource_changes": [{"address": "azurerm_linux_web_app.a", "mode": "managed", "type": "azurerm_linux_web_app", "name": "a", "change": {"actions": ["create"], "after": {"site_config": [{"minimum_tls_version": "1.2"}]}, "after_unknown": {}}}, {"address": "azurerm_app_service.b", "mode": "managed", "type": "azurerm_app_service", "name": "b", "change": {"actions": ["create"], "after": {"site_config": [{}]}, "after_unknown": {}}}]}
	count(found) == 0
}

test_fail_old_tls if {
	found := {v.path[1] | some v in azure_app_service_min_tls.violation} with input as {"resource_changes": [{"address": "azurerm_app_service.a", "mode": "managed", "type": "azurerm_app_service", "name": "a", "change": {"actions": ["create"], "after": {"site_config": [{"min_tls_version": "1.0"}]}, "after_unknown": {}}}, {"address": "azurerm_windows_web_app.b", "mode": "managed", "type": "azurerm_windows_web_app", "name": "b", "change": {"actions": ["create"], "after": {"site_config": [{"minimum_tls_version": "1.2", "scm_minimum_tls_version": "1.1"}]}, "after_unknown": {}}}]}
	found == {0, 1}
}
