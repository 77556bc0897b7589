# METADATA
# title: Azure database firewall rule allows the whole internet
# description: >-
#   A firewall rule from 0.0.0.0 to 255.255.255.255 lets every IPv4 address on the internet reach
#   the database server's login endpoint; only credentials stand between it and attackers. Any
#   range wider than a /8 (16.7 million addresses) is treated the same way.
# related_resources:
#   - ref: https://learn.microsoft.com/en-us/azure/azure-sql/database/firewall-configure
# custom:
#   id: terraform/azure-sql-firewall-open
#   severity: critical
#   kinds: [terraform-plan]
#   remediation: |
#     Allow only the addresses that need access, or use private endpoints.
#
#     Before:
#     ```hcl
#     start_ip_address = "0.0.0.0"
#     end_ip_address   = "255.255.255.255"
#     ```
#     After:
#     ```hcl
#     start_ip_address = "203.0.113.10"
#     end_ip_address   = "203.0.113.10"
#     ```
#   tags: [security, azure, database, network]
#   equivalents:
#     checkov: [CKV_AZURE_11]
#     kics: [azure/sql_server_ingress_from_any_ip, azure/unrestricted_sql_server_access]
package palisade.terraform.azure_sql_firewall_open

import data.palisade.lib.terraform as tf

_types := [
	"azurerm_sql_firewall_rule",
	"azurerm_mssql_firewall_rule",
	"azurerm_postgresql_firewall_rule",
	"azurerm_postgresql_flexible_server_firewall_rule",
	"azurerm_mysql_firewall_rule",
	"azurerm_mysql_flexible_server_firewall_rule",
	"azurerm_mariadb_firewall_rule",
]

violation contains v if {
	some t in _types
	some r in tf.of_type(t)
	start := tf.ipv4_number(r.after.start_ip_address)
	end := tf.ipv4_number(r.after.end_ip_address)
	end - start >= _internet_scale
	v := {
		"msg": sprintf("%s allows %s-%s (%d addresses) to reach the database server, a large part of the internet; allow only the addresses that need it", [r.address, r.after.start_ip_address, r.after.end_ip_address, (end - start) + 1]),
		"path": array.concat(r.path, ["end_ip_address"]),
	}
}

# More addresses than a /8: no organisation's egress range is that wide; such a rule opens the
# server to a sizeable share of the internet (0.0.0.0-10.0.27.62 is 167 million addresses).
_internet_scale := 16777216
