# Unit tests for terraform/azure-storage-min-tls: the fixture cases, in miniature, and the edge
# cases (provider default, known after apply) that fixtures do not show.
package palisade.terraform.azure_storage_min_tls_test

import data.palisade.terraform.azure_storage_min_tls

_s(name, after, unknown) := {"address": sprintf("azurerm_storage_account.%s", [name]), "type": "azurerm_storage_account", "change": {"actions": ["create"], "after": after, "after_unknown": unknown}}

test_pass_tls12 if {
	found := {v.path | some v in azure_storage_min_tls.violation} with input as {"resource_changes": [
		_s("tls12", {"min_tls_version": "TLS1_2"}, {}),
		_s("default", {"name": "a"}, {}),
		_s("after_apply", {"name": "b"}, {"min_tls_version": true}),
	]}
	count(found) == 0
}

test_fail_old_tls if {
	found := {v.path | some v in azure_storage_min_tls.violation} with input as {"resource_changes": [
		_s("tls10", {"min_tls_version": "TLS1_0"}, {}),
		_s("tls11", {"min_tls_version": "TLS1_1"}, {}),
	]}
	found == {["resource_changes", 0, "change", "after", "min_tls_version"], ["resource_changes", 1, "change", "after", "min_tls_version"]}
}

test_fail_message_names_resource if {
	some v in azure_storage_min_tls.violation with input as {"resource_changes": [_s("legacy", {"min_tls_version": "TLS1_0"}, {})]}
	contains(v.msg, "azurerm_storage_account.legacy")
}
