# METADATA
# title: Azure SQL server reachable from public networks
# description: >-
#   `public_network_access_enabled` defaults to true on `azurerm_mssql_server`, which gives the
#   server a public endpoint: it is then protected only by its firewall rules and login, and one
#   over-broad rule exposes it to the internet. Reach it through a private endpoint instead (CIS
#   Microsoft Azure Foundations 4.1, Azure security baseline NS-2).
# related_resources:
#   - ref: https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings#deny-public-network-access
# custom:
#   id: terraform/azure-mssql-public-network-access
#   severity: medium
#   kinds: [terraform-plan]
#   remediation: |
#     Set `public_network_access_enabled = false` and connect through an `azurerm_private_endpoint`.
#
#     Before:
#     ```hcl
#     resource "azurerm_mssql_server" "db" {
#       name    = "db"
#       version = "12.0"
#     }
#     ```
#     After:
#     ```hcl
#     resource "azurerm_mssql_server" "db" {
#       name                          = "db"
#       version                       = "12.0"
#       public_network_access_enabled = false
#     }
#     ```
#   tags: [security, azure, sql, network]
#   equivalents:
#     checkov: [CKV_AZURE_113]
#     kics: [azure/mssql_server_public_network_access_enabled]
package palisade.terraform.azure_mssql_public_network_access

import data.palisade.lib.terraform as tf

violation contains v if {
	some r in tf.of_type("azurerm_mssql_server")
	not tf.unknown(r, "public_network_access_enabled")
	not tf.is_false(r, "public_network_access_enabled")
	v := {
		"msg": sprintf("SQL server %s accepts connections from public networks; set public_network_access_enabled = false and use a private endpoint", [r.address]),
		"path": tf.attr_path(r, "public_network_access_enabled"),
	}
}
