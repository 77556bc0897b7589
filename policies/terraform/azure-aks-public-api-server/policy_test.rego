# Unit tests for terraform/azure-aks-public-api-server over plan-shaped input: private, authorized ranges in either spelling, and neither.
package palisade.terraform.azure_aks_public_api_server_test

import data.palisade.terraform.azure_aks_public_api_server

test_pass_private_or_ranges if {
	found := {v.path[1] | some v in azure_aks_public_api_server.violation} with input as {"resource_changes": [{"address": "azurerm_kubernetes_cluster.a", "mode": "managed", "type": "azurerm_kubernetes_cluster", "name": "a", "change": {"actions": ["create"], "after": {"private_cluster_enabled": true}, "after_unknown": {}}}, {"address": "azurerm_kubernetes_cluster.b", "mode": "managed", "type": "azurerm_kubernetes_cluster", "name": "b", "change": {"actions": ["create"], "after": {"api_server_access_profile": [{"authorized_ip_ranges": ["203.0.113.0/24"]}]}, "after_unknown": {}}}, {"address": "azurerm_kubernetes_cluster.c", "mode": "managed", "type": "azurerm_kubernetes_cluster", "name": "c", "change": {"actions": ["create"], "after": {"api_server_authorized_ip_ranges": ["203.0.113.0/24"]}, "after_unknown": {}}}]}
	count(found) == 0
}

test_fail_public if {
	found := {v.path[1] | some v in azure_aks_public_api_server.violation} with input as {"resource_changes": [{"address": "azurerm_kubernetes_cluster.a", "mode": "managed", "type": "azurerm_kubernetes_cluster", "name": "a", "change": {"actions": ["create"], "after": {}, "after_unknown": {}}}, {"address": "azurerm_kubernetes_cluster.b", "mode": "managed", "type": "azurerm_kubernetes_cluster", "name": "b", "change": {"actions": ["create"], "after": {"private_cluster_enabled": false, "api_server_access_profile": [{"authorized_ip_ranges": []}]}, "after_unknown": {}}}]}
	found == {0, 1}
}
