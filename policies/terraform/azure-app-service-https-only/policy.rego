# METADATA
# title: Azure App Service accepts plain HTTP
# description: >-
#   Unless `https_only` is set, an App Service or Function App answers plain HTTP, so session
#   cookies, tokens and form data can be read or changed on the network. CIS Microsoft Azure
#   Foundations 9.2 requires redirecting HTTP to HTTPS.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/app-service/configure-ssl-bindings#enforce-https
# custom:
#   id: terraform/azure-app-service-https-only
#   severity: medium
#   kinds: [terraform-plan]
#   remediation: |
#     Set `https_only = true`.
#
#     Before:
#     ```hcl
#     resource "azurerm_linux_web_app" "web" {
#       name = "web"
#     }
#     ```
#     After:
#     ```hcl
#     resource "azurerm_linux_web_app" "web" {
#       name       = "web"
#       https_only = true
#     }
#     ```
#   tags: [security, azure, app-service, tls]
#   frameworks:
#     cis-azure: ["9.2"]
#   equivalents:
#     checkov: [CKV_AZURE_14, CKV_AZURE_70]
#     trivy: [AVD-AZU-0004]
package palisade.terraform.azure_app_service_https_only

import data.palisade.lib.terraform as tf

violation contains v if {
	some t in tf.azure_app_types
	some r in tf.of_type(t)
	tf.not_true(r, "https_only")
	v := {
		"msg": sprintf("%s answers plain HTTP; set https_only = true", [r.address]),
		"path": tf.attr_path(r, "https_only"),
	}
}
