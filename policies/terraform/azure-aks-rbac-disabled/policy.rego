# METADATA
# title: AKS cluster with Kubernetes RBAC disabled
# description: >-
#   With Kubernetes RBAC disabled every authenticated user and service account of an AKS cluster can
#   do anything in it, so one compromised pod token owns the cluster. CIS Azure Kubernetes Service
#   Benchmark and Azure security baseline PA-7 require RBAC (it is on by default; this flags
#   switching it off).
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/concepts-identity#kubernetes-rbac
# custom:
#   id: terraform/azure-aks-rbac-disabled
#   severity: high
#   kinds: [terraform-plan]
#   remediation: |
#     Remove `role_based_access_control_enabled = false` (or the `role_based_access_control {
#     enabled = false }` block of older providers); RBAC can only be chosen when the cluster is
#     created.
#
#     Before:
#     ```hcl
#     resource "azurerm_kubernetes_cluster" "main" {
#       name                              = "main"
#       role_based_access_control_enabled = false
#     }
#     ```
#     After:
#     ```hcl
#     resource "azurerm_kubernetes_cluster" "main" {
#       name                              = "main"
#       role_based_access_control_enabled = true
#     }
#     ```
#   tags: [security, azure, aks, kubernetes, rbac]
#   equivalents:
#     checkov: [CKV_AZURE_5]
#     trivy: [AVD-AZU-0042]
#     kics: [azure/aks_rbac_disabled]
package palisade.terraform.azure_aks_rbac_disabled

import data.palisade.lib.terraform as tf

violation contains v if {
	some r in tf.of_type("azurerm_kubernetes_cluster")
	tf.is_false(r, "role_based_access_control_enabled")
	v := _finding(r, array.concat(r.path, ["role_based_access_control_enabled"]))
}

# azurerm 2.x spelling.
violation contains v if {
	some r in tf.of_type("azurerm_kubernetes_cluster")
	tf.block_false(r, "role_based_access_control", "enabled")
	v := _finding(r, tf.block_attr_path(r, "role_based_access_control", "enabled"))
}

_finding(r, path) := {
	"msg": sprintf("AKS cluster %s has Kubernetes RBAC disabled: every identity in the cluster can do anything; enable RBAC", [r.address]),
	"path": path,
}
