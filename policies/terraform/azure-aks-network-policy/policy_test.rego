# Unit tests for terraform/azure-aks-network-policy over plan-shaped input: no profile, a profile without a policy, azure and calico.
package palisade.terraform.azure_aks_network_policy_test

import data.palisade.terraform.azure_aks_network_policy

test_pass_engine if {
	found := {v.path[1] | some v in azure_aks_network_policy.violation} with input as {"resource_changes": [{"address": "azurerm_kubernetes_cluster.a", "mode": "managed", "type": "azurerm_kubernetes_cluster", "name": "a", "change": {"actions": ["create"], "after": {"network_profile": [{"network_plugin": "azure", "network_policy": "azure"}]}, "after_unknown": {}}}, {"address": "azurerm_kubernetes_cluster.b", "mode": "managed", "type": "azurerm_kubernetes_cluster", "name": "b", "change": {"actions": ["create"], "after": {"network_profile": [{"network_policy": "calico"}]}, "after_unknown": {}}}]}
	count(found) == 0
}

test_fail_no_engine if {
	found := {v.path[1] | some v in azure_aks_network_policy.violation} with input as {"resource_changes": [{"address": "azurerm_kubernetes_cluster.a", "mode": "managed", "type": "azurerm_kubernetes_cluster", "name": "a", "change": {"actions": ["create"], "after": {}, "after_unknown": {}}}, {"address": "azurerm_kubernetes_cluster.b", "mode": "managed", "type": "azurerm_kubernetes_cluster", "name": "b", "change": {"actions": ["create"], "after": {"network_profile": [{"network_plugin": "kubenet"}]}, "after_unknown": {}}}]}
	found == {0, 1}
}
