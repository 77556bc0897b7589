# METADATA
# title: Azure storage account accepts TLS older than 1.2
# description: >-
#   TLS 1.0 and 1.1 have known weaknesses and are retired across Azure. A storage account whose
#   `min_tls_version` is below TLS1_2 still accepts clients negotiating them, exposing keys, SAS
#   tokens and data in transit. The provider's default is TLS1_2; only an explicit older value is
#   reported.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/storage/common/transport-layer-security-configure-minimum-version
# custom:
#   id: terraform/azure-storage-min-tls
#   severity: medium
#   kinds: [terraform-plan]
#   remediation: |
#     Set `min_tls_version = "TLS1_2"`.
#
#     Before:
#     ```hcl
#     resource "azurerm_storage_account" "data" {
#       name            = "acmedata"
#       min_tls_version = "TLS1_0"
#     }
#     ```
#     After:
#     ```hcl
#     resource "azurerm_storage_account" "data" {
#       name            = "acmedata"
#       min_tls_version = "TLS1_2"
#     }
#     ```
#   tags: [security, azure, storage, encryption-in-transit]
#   frameworks:
#     cis-azure: ["3.15"]
#   equivalents:
#     checkov: [CKV_AZURE_44]
#     kics: [azure/storage_account_not_using_latest_tls_encryption_version]
package palisade.terraform.azure_storage_min_tls

import data.palisade.lib.terraform as tf

_old := {"TLS1_0", "TLS1_1"}

violation contains v if {
	some r in tf.of_type("azurerm_storage_account")
	version := r.after.min_tls_version
	version in _old
	v := {
		"msg": sprintf("storage account %s accepts %s; set min_tls_version = \"TLS1_2\"", [r.address, version]),
		"path": tf.attr_path(r, "min_tls_version"),
	}
}
