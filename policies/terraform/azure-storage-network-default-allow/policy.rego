# METADATA
# title: Azure storage account network access allows all networks
# description: >-
#   A storage account whose network rules default to Allow (the default when none are written)
#   accepts requests from any network on the internet; a leaked key or SAS token is then usable
#   from anywhere; so does an IP rule for 0.0.0.0/0 under a default Deny. Deny by default and
#   allow only the virtual networks and addresses that need it (CIS Microsoft Azure Foundations
#   3.8). An account with public network access switched off is reached only through private
#   endpoints and is not reported.
# related_resources:
#   - ref: https://learn.microsoft.com/en-us/azure/storage/common/storage-network-security
# custom:
#   id: terraform/azure-storage-network-default-allow
#   severity: medium
#   kinds: [terraform-plan]
#   remediation: |
#     Set network rules with `default_action = "Deny"`.
#
#     Before:
#     ```hcl
#     network_rules {
#       default_action = "Allow"
#     }
#     ```
#     After:
#     ```hcl
#     network_rules {
#       default_action             = "Deny"
#       virtual_network_subnet_ids = [azurerm_subnet.app.id]
#       bypass                     = ["AzureServices"]
#     }
#     ```
#   tags: [security, azure, storage, network]
#   equivalents:
#     checkov: [CKV_AZURE_35]
#     trivy: [AVD-AZU-0012]
#     kics: [azure/default_azure_storage_account_network_access_is_too_permissive]
package palisade.terraform.azure_storage_network_default_allow

import data.palisade.lib.terraform as tf

violation contains v if {
	some r in tf.of_type("azurerm_storage_account")
	some j, rules in r.after.network_rules
	rules.default_action == "Allow"
	v := {
		"msg": sprintf("storage account %s allows traffic from all networks (default_action = \"Allow\"); set it to \"Deny\"", [r.address]),
		"path": array.concat(r.path, ["network_rules", j, "default_action"]),
	}
}

violation contains v if {
	some r in tf.of_type("azurerm_storage_account_network_rules")
	r.after.default_action == "Allow"
	v := {
		"msg": sprintf("%s allows traffic from all networks (default_action = \"Allow\"); set it to \"Deny\"", [r.address]),
		"path": array.concat(r.path, ["default_action"]),
	}
}

# An IP rule for the whole internet undoes a default Deny.
violation contains v if {
	some r in tf.of_type("azurerm_storage_account")
	some j, rules in r.after.network_rules
	some k, ip in rules.ip_rules
	_everyone(ip)
	v := {
		"msg": sprintf("storage account %s allows %s in its network rules, i.e. every address; list only the ranges that need access", [r.address, ip]),
		"path": array.concat(r.path, ["network_rules", j, "ip_rules", k]),
	}
}

violation contains v if {
	some r in tf.of_type("azurerm_storage_account_network_rules")
	some k, ip in r.after.ip_rules
	_everyone(ip)
	v := {
		"msg": sprintf("%s allows %s, i.e. every address; list only the ranges that need access", [r.address, ip]),
		"path": array.concat(r.path, ["ip_rules", k]),
	}
}

_everyone(ip) if tf.open_cidr(ip)

_everyone(ip) if {
	is_string(ip)
	endswith(ip, "/0")
}

# No network rules at all, inline or as a separate resource: every network is allowed, unless
# public network access is switched off (then only private endpoints reach the account). An
# explicit public_network_access_enabled = true is what opens it, so the finding lands there.
violation contains v if {
	some r in tf.of_type("azurerm_storage_account")
	not tf.configured(r, "network_rules")
	not _separate_rules(r)
	not tf.is_false(r, "public_network_access_enabled")
	not tf.unknown(r, "public_network_access_enabled")
	v := {
		"msg": sprintf("storage account %s has no network rules, so every network is allowed; add network_rules with default_action = \"Deny\"", [r.address]),
		"path": _open_path(r),
	}
}

_open_path(r) := array.concat(r.path, ["public_network_access_enabled"]) if tf.is_true(r, "public_network_access_enabled")

_open_path(r) := tf.attr_path(r, "network_rules") if not tf.is_true(r, "public_network_access_enabled")

_separate_rules(r) if tf.linked_in(_rules_by_id, r)

_separate_rules(r) if tf.linked_in(_rules_by_name, r)

# Built once per document, so each account is a lookup and not a rescan of the plan.
_rules_by_id := tf.link_index("azurerm_storage_account_network_rules", "storage_account_id")

_rules_by_name := tf.link_index("azurerm_storage_account_network_rules", "storage_account_name")
