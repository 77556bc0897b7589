# METADATA
# title: Storage firewall blocks trusted Azure services
# description: >-
#   When a storage account's firewall denies by default without bypassing `AzureServices`, trusted
#   Microsoft services (Azure Backup, Monitor diagnostic logs, Defender, Event Grid) can no longer
#   reach it, so logs and backups that should land there silently stop. CIS Microsoft Azure
#   Foundations 3.9 asks to allow trusted Microsoft services.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/storage/common/storage-network-security#grant-access-to-trusted-azure-services
# custom:
#   id: terraform/azure-storage-trusted-services-bypass
#   severity: low
#   kinds: [terraform-plan]
#   remediation: |
#     Add `"AzureServices"` to `bypass` in the storage account's `network_rules` (or
#     `azurerm_storage_account_network_rules`).
#
#     Before:
#     ```hcl
#     network_rules {
#       default_action = "Deny"
#       bypass         = ["None"]
#     }
#     ```
#     After:
#     ```hcl
#     network_rules {
#       default_action = "Deny"
#       bypass         = ["AzureServices"]
#     }
#     ```
#   tags: [security, azure, storage, logging]
#   frameworks:
#     cis-azure: ["3.9"]
#   equivalents:
#     checkov: [CKV_AZURE_36]
package palisade.terraform.azure_storage_trusted_services_bypass

import data.palisade.lib.terraform as tf

violation contains v if {
	some r in tf.of_type("azurerm_storage_account")
	rules := tf.block(r, "network_rules")
	some finding in _finding(r, rules, array.concat(r.path, ["network_rules", 0]))
	v := finding
}

violation contains v if {
	some r in tf.of_type("azurerm_storage_account_network_rules")
	some finding in _finding(r, r.after, r.path)
	v := finding
}

# The provider's default bypass is ["AzureServices"]; an explicit list without it blocks them.
_finding(r, rules, base) := {v |
	lower(rules.default_action) == "deny"
	"bypass" in object.keys(rules)
	is_array(rules.bypass)
	not "AzureServices" in rules.bypass
	v := {
		"msg": sprintf("%s denies trusted Azure services (backup, logging, Defender); add \"AzureServices\" to bypass", [r.address]),
		"path": array.concat(base, ["bypass"]),
	}
}
