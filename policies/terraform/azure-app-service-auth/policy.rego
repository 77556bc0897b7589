# METADATA
# title: Azure App Service without built-in authentication
# description: >-
#   App Service Authentication (Easy Auth) rejects anonymous requests before they reach the
#   application. Without it every endpoint is reachable anonymously unless the application
#   authenticates on its own, which is common, so this is a pedantic check (strict profile); CIS
#   Microsoft Azure Foundations 9.1 recommends it.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/app-service/overview-authentication-authorization
# custom:
#   id: terraform/azure-app-service-auth
#   severity: low
#   profile: strict
#   confidence: low
#   kinds: [terraform-plan]
#   remediation: |
#     Add `auth_settings_v2` (or `auth_settings` on `azurerm_app_service`) with an identity provider
#     and `require_authentication = true`.
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
#       name = "web"
#       auth_settings_v2 {
#         auth_enabled           = true
#         require_authentication = true
#         login {}
#       }
#     }
#     ```
#   tags: [security, azure, app-service, authentication]
#   frameworks:
#     cis-azure: ["9.1"]
#   equivalents:
#     checkov: [CKV_AZURE_13]
package palisade.terraform.azure_app_service_auth

import data.palisade.lib.terraform as tf

violation contains v if {
	some t in tf.azure_app_types
	some r in tf.of_type(t)
	not _authenticates(r)
	v := {
		"msg": sprintf("%s lets anonymous requests reach the application; enable App Service Authentication (auth_settings_v2)", [r.address]),
		"path": r.path,
	}
}

_authenticates(r) if tf.block(r, "auth_settings").enabled == true

_authenticates(r) if tf.block(r, "auth_settings_v2").auth_enabled == true

_authenticates(r) if tf.unknown(r, "auth_settings")

_authenticates(r) if tf.unknown(r, "auth_settings_v2")
