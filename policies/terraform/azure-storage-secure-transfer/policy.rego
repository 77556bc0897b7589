# METADATA
# title: Azure storage account accepts plain HTTP
# description: >-
#   With secure transfer off, the storage account accepts requests over HTTP and SMB without
#   encryption, so shared keys, SAS tokens and data travel in the clear.
# related_resources:
#   - ref: https://learn.microsoft.com/en-us/azure/storage/common/storage-require-secure-transfer
# custom:
#   id: terraform/azure-storage-secure-transfer
#   severity: high
#   kinds: [terraform-plan]
#   remediation: |
#     Require HTTPS (`https_traffic_only_enabled`, named `enable_https_traffic_only` before azurerm v4).
#
#     Before:
#     ```hcl
#     https_traffic_only_enabled = false
#     ```
#     After:
#     ```hcl
#     https_traffic_only_enabled = true
#     min_tls_version            = "TLS1_2"
#     ```
#   tags: [security, azure, storage, encryption-in-transit]
#   equivalents:
#     checkov: [CKV_AZURE_3]
#     trivy: [AVD-AZU-0008]
#     kics: [azure/storage_account_not_forcing_https]
package palisade.terraform.azure_storage_secure_transfer

import data.palisade.lib.terraform as tf

# The default is on, so only an explicit false is a finding.
violation contains v if {
	some r in tf.of_type("azurerm_storage_account")
	some attr in ["https_traffic_only_enabled", "enable_https_traffic_only"]
	r.after[attr] == false
	v := {
		"msg": sprintf("storage account %s accepts unencrypted HTTP (%s = false); set it to true", [r.address, attr]),
		"path": array.concat(r.path, [attr]),
	}
}
