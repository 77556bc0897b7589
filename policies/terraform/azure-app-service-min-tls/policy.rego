# METADATA
# title: Azure App Service allows TLS older than 1.2
# description: >-
#   TLS 1.0 and 1.1 have known weaknesses and are deprecated (RFC 8996); an App Service that still
#   accepts them lets clients negotiate a connection an attacker can downgrade. CIS Microsoft Azure
#   Foundations 9.3 requires TLS 1.2 or later. The provider default is 1.2, so only an explicit
#   older version is flagged.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/app-service/overview-tls
# custom:
#   id: terraform/azure-app-service-min-tls
#   severity: medium
#   kinds: [terraform-plan]
#   remediation: |
#     Set `site_config { minimum_tls_version = "1.2" }` (`min_tls_version` on
#     `azurerm_app_service`).
#
#     Before:
#     ```hcl
#     site_config {
#       minimum_tls_version = "1.0"
#     }
#     ```
#     After:
#     ```hcl
#     site_config {
#       minimum_tls_version = "1.2"
#     }
#     ```
#   tags: [security, azure, app-service, tls]
#   frameworks:
#     cis-azure: ["9.3"]
#   equivalents:
#     checkov: [CKV_AZURE_15]
#     trivy: [AVD-AZU-0006]
package palisade.terraform.azure_app_service_min_tls

import data.palisade.lib.terraform as tf

violation contains v if {
	some t in tf.azure_app_types
	some r in tf.of_type(t)
	cfg := tf.block(r, "site_config")
	some key in ["minimum_tls_version", "min_tls_version", "scm_minimum_tls_version", "scm_min_tls_version"]
	version := cfg[key]
	version in {"1.0", "1.1"}
	v := {
		"msg": sprintf("%s accepts TLS %s (%s); set it to 1.2", [r.address, version, key]),
		"path": array.concat(r.path, ["site_config", 0, key]),
	}
}
