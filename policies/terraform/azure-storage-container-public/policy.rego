# METADATA
# title: Azure storage container allows anonymous public access
# description: >-
#   A container with access type `blob` lets anyone read any blob whose URL they know or guess;
#   `container` also lets them list every blob. Anonymous access bypasses keys, SAS tokens and
#   Entra ID entirely.
# related_resources:
#   - ref: https://learn.microsoft.com/en-us/azure/storage/blobs/anonymous-read-access-prevent
# custom:
#   id: terraform/azure-storage-container-public
#   severity: high
#   kinds: [terraform-plan]
#   remediation: |
#     Make the container private and share through SAS tokens or a CDN with private origin.
#
#     Before:
#     ```hcl
#     container_access_type = "blob"
#     ```
#     After:
#     ```hcl
#     container_access_type = "private"
#     ```
#   tags: [security, azure, storage, data-exposure]
#   equivalents:
#     checkov: [CKV_AZURE_34]
#     trivy: [AVD-AZU-0007]
#     kics: [azure/storage_container_is_publicly_accessible]
package palisade.terraform.azure_storage_container_public

import data.palisade.lib.terraform as tf

_exposure := {
	"blob": "anyone can read its blobs",
	"container": "anyone can list and read its blobs",
}

violation contains v if {
	some r in tf.of_type("azurerm_storage_container")
	exposure := _exposure[r.after.container_access_type]
	v := {
		"msg": sprintf("storage container %s has container_access_type = \"%s\": %s; set it to \"private\"", [r.address, r.after.container_access_type, exposure]),
		"path": array.concat(r.path, ["container_access_type"]),
	}
}
