# METADATA
# title: Azure SQL server without auditing
# description: >-
#   Without server auditing, logins, permission changes and queries against the databases leave no
#   record, so misuse or a breach cannot be detected or investigated. CIS Microsoft Azure
#   Foundations 4.1.1 requires auditing on every SQL server, with at least 90 days of retention
#   (4.1.3).
# related_resources:
#   - ref: https://learn.microsoft.com/azure/azure-sql/database/auditing-overview
# custom:
#   id: terraform/azure-sql-server-auditing
#   severity: medium
#   kinds: [terraform-plan]
#   remediation: |
#     Add an `azurerm_mssql_server_extended_auditing_policy` for the server (or the
#     `extended_auditing_policy` block of the older `azurerm_sql_server`).
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
#     resource "azurerm_mssql_server_extended_auditing_policy" "db" {
#       server_id              = azurerm_mssql_server.db.id
#       log_monitoring_enabled = true
#       retention_in_days      = 90
#     }
#     ```
#   tags: [security, azure, sql, logging]
#   frameworks:
#     cis-azure: ["4.1.1"]
#   equivalents:
#     checkov: [CKV_AZURE_23]
#     kics: [azure/sql_server_auditing_disabled]
package palisade.terraform.azure_sql_server_auditing

import data.palisade.lib.terraform as tf

_servers := ["azurerm_mssql_server", "azurerm_sql_server"]

_policy_types := ["azurerm_mssql_server_extended_auditing_policy", "azurerm_sql_server_extended_auditing_policy"]

violation contains v if {
	some t in _servers
	some r in tf.of_type(t)
	not _audited(r)
	v := {
		"msg": sprintf("SQL server %s has no auditing; add an azurerm_mssql_server_extended_auditing_policy for it", [r.address]),
		"path": r.path,
	}
}

_audited(r) if tf.present(r, "extended_auditing_policy")

_audited(r) if {
	some index in _auditing_policies
	tf.linked_in(index, r)
}

# Built once per document, so each server is a lookup and not a rescan of the plan.
_auditing_policies := [tf.link_index(t, "server_id") | some t in _policy_types]
