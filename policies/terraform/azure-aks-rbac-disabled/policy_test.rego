# Unit tests for terraform/azure-aks-rbac-disabled over plan-shaped input: the 3.x attribute, the 2.x block, and the default.
package palisade.terraform.azure_aks_rbac_disabled_test

import data.palisade.terraform.azure_aks_rbac_disabled

test_pass_default_and_enabled if {
	found := {v.path[1] | some v in azure_aks_rbac_disabled.violation} with input as {"resource_changes": [{"address": "azurerm_kubernetes_cluster.a", "mode": "managed", "type": "azurerm_kubernetes_cluster", "name": "a", "change": {"actions": ["create"], "after": {}, "after_unknown": {}}}, {"address": "azurerm_kubernetes_cluster.b", "mode": "managed", "type": "azurerm_kubernetes_cluster", "name": "b", "change": {"actions": ["create"], "after": {"role_based_access_control_enabled": true}, "after_unknown": {}}}, {"address": "azurerm_kubernetes_cluster.c", "mode": "managed", "type": "azurerm_kubernetes_cluster", "name": "c", "change": {"actions": ["create"], "after": {"role_based_access_control": [{"enabled": true}]}, "after_unknown": {}}}]}
	count(found) == 0
}

test_fail_disabled if {
	found := {v.path[1] | some v in azure_aks_rbac_disabled.violation} with input as {"resource_changes": [{"address": "azurerm_kubernetes_cluster.a", "mode": "managed", "type": "azurerm_kubernetes_cluster", "name": "a", "change": {"actions": ["create"], "after": {"role_based_access_control_enabled": false}, "after_unknown": {}}}, {"address": "azurerm_kubernetes_cluster.b", "mode": "managed", "type": "azurerm_kubernetes_cluster", "name": "b", "change": {"actions": ["create"], "after": {"role_based_access_control": [{"enabled": false}]}, "after_unknown": {}}}]}
	found == {0, 1}
}
