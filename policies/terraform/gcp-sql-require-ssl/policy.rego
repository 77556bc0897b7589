# METADATA
# title: Cloud SQL instance accepts unencrypted connections
# description: >-
#   Unless SSL is required, clients can connect to a Cloud SQL instance without TLS, and credentials
#   and query results cross the network in clear text. CIS GCP Foundations 6.7 requires every
#   incoming connection to use SSL.
# related_resources:
#   - ref: https://cloud.google.com/sql/docs/postgres/configure-ssl-instance
# custom:
#   id: terraform/gcp-sql-require-ssl
#   severity: medium
#   kinds: [terraform-plan]
#   remediation: |
#     Set `ssl_mode = "ENCRYPTED_ONLY"` (or `TRUSTED_CLIENT_CERTIFICATE_REQUIRED`; `require_ssl =
#     true` on older providers) in `settings.ip_configuration`.
#
#     Before:
#     ```hcl
#     settings {
#       ip_configuration {
#         ipv4_enabled = false
#       }
#     }
#     ```
#     After:
#     ```hcl
#     settings {
#       ip_configuration {
#         ipv4_enabled = false
#         ssl_mode     = "ENCRYPTED_ONLY"
#       }
#     }
#     ```
#   tags: [security, gcp, cloud-sql, tls]
#   frameworks:
#     cis-gcp: ["6.7"]
#   equivalents:
#     checkov: [CKV_GCP_6]
#     trivy: [AVD-GCP-0015]
#     kics: [gcp/sql_db_instance_with_ssl_disabled]
package palisade.terraform.gcp_sql_require_ssl

import data.palisade.lib.terraform as tf

# The ip_configuration block inside settings, when written.
_ipconf(r) := tf.block(r, "settings").ip_configuration[0]

_sql_path(r, key) := array.concat(r.path, ["settings", 0, "ip_configuration", 0, key]) if {
	key in object.keys(_ipconf(r))
} else := array.concat(r.path, ["settings", 0, "ip_configuration", 0]) if {
	_ipconf(r)
} else := array.concat(r.path, ["settings", 0]) if {
	tf.block(r, "settings")
} else := r.path

violation contains v if {
	some r in tf.of_type("google_sql_database_instance")
	not _encrypted_only(r)
	not tf.unknown_at(r, ["settings", 0, "ip_configuration", 0, "require_ssl"])
	not tf.unknown_at(r, ["settings", 0, "ip_configuration", 0, "ssl_mode"])
	v := {
		"msg": sprintf("Cloud SQL instance %s accepts connections without TLS; set ssl_mode = \"ENCRYPTED_ONLY\" in settings.ip_configuration", [r.address]),
		"path": _ssl_path(r),
	}
}

_encrypted_only(r) if _ipconf(r).require_ssl == true

_encrypted_only(r) if _ipconf(r).ssl_mode in {"ENCRYPTED_ONLY", "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"}

_ssl_path(r) := _sql_path(r, "ssl_mode") if {
	"ssl_mode" in object.keys(_ipconf(r))
} else := _sql_path(r, "require_ssl")
