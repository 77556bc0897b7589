# METADATA
# title: Cloud SQL instance reachable on a public IP
# description: >-
#   A Cloud SQL instance with a public IPv4 address is attackable from the internet (password
#   spraying, database vulnerabilities); an authorized network of 0.0.0.0/0 lets every address
#   connect to it directly. CIS GCP Foundations 6.5 forbids authorizing all addresses and 6.6 asks
#   for private IP only (public IPv4 is on unless `ipv4_enabled = false`).
# related_resources:
#   - ref: https://cloud.google.com/sql/docs/mysql/configure-private-ip
# custom:
#   id: terraform/gcp-sql-public-ip
#   severity: high
#   kinds: [terraform-plan]
#   remediation: |
#     Set `ipv4_enabled = false` with a `private_network`, and never authorize 0.0.0.0/0; connect
#     through the Cloud SQL Auth Proxy or private IP.
#
#     Before:
#     ```hcl
#     settings {
#       ip_configuration {
#         authorized_networks {
#           value = "0.0.0.0/0"
#         }
#       }
#     }
#     ```
#     After:
#     ```hcl
#     settings {
#       ip_configuration {
#         ipv4_enabled    = false
#         private_network = google_compute_network.private.id
#       }
#     }
#     ```
#   tags: [security, gcp, cloud-sql, network]
#   frameworks:
#     cis-gcp: ["6.5", "6.6"]
#   equivalents:
#     checkov: [CKV_GCP_11, CKV_GCP_60]
#     trivy: [AVD-GCP-0017]
#     kics: [gcp/sql_db_instance_is_publicly_accessible]
package palisade.terraform.gcp_sql_public_ip

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
	some i, network in _ipconf(r).authorized_networks
	tf.open_cidr(network.value)
	v := {
		"msg": sprintf("Cloud SQL instance %s lets every internet address connect (authorized network %s); authorize only the networks that need it", [r.address, network.value]),
		"path": array.concat(r.path, ["settings", 0, "ip_configuration", 0, "authorized_networks", i, "value"]),
	}
}

violation contains v if {
	some r in tf.of_type("google_sql_database_instance")
	not tf.unknown_at(r, ["settings", 0, "ip_configuration", 0, "ipv4_enabled"])
	not _public_ip_off(r)
	not _open_network(r)
	v := {
		"msg": sprintf("Cloud SQL instance %s has a public IPv4 address; set ipv4_enabled = false and use a private network", [r.address]),
		"path": _sql_path(r, "ipv4_enabled"),
		"confidence": "medium",
	}
}

_public_ip_off(r) if _ipconf(r).ipv4_enabled == false

_open_network(r) if {
	some network in _ipconf(r).authorized_networks
	tf.open_cidr(network.value)
}
