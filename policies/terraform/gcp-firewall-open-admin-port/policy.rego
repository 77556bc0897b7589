# METADATA
# title: Google Cloud firewall allows SSH or RDP from the internet
# description: >-
#   An ingress firewall rule that allows TCP 22 (SSH) or 3389 (RDP) — or all ports — from
#   0.0.0.0/0 exposes every VM it targets to brute force and exploits from anywhere. Use
#   Identity-Aware Proxy TCP forwarding (35.235.240.0/20) or a VPN instead.
# related_resources:
#   - ref: https://cloud.google.com/firewall/docs/using-firewalls
# custom:
#   id: terraform/gcp-firewall-open-admin-port
#   severity: critical
#   kinds: [terraform-plan]
#   remediation: |
#     Restrict `source_ranges`, e.g. to the IAP range.
#
#     Before:
#     ```hcl
#     source_ranges = ["0.0.0.0/0"]
#     allow {
#       protocol = "tcp"
#       ports    = ["22"]
#     }
#     ```
#     After:
#     ```hcl
#     source_ranges = ["35.235.240.0/20"]
#     allow {
#       protocol = "tcp"
#       ports    = ["22"]
#     }
#     ```
#   tags: [security, gcp, network]
#   frameworks:
#     cis-gcp: ["3.6", "3.7"]
#   equivalents:
#     checkov: [CKV_GCP_2, CKV_GCP_3]
#     kics: [gcp/rdp_access_is_not_restricted, gcp/ssh_access_is_not_restricted]
package palisade.terraform.gcp_firewall_open_admin_port

import data.palisade.lib.terraform as tf

_admin_ports := {22: "SSH", 3389: "RDP"}

violation contains v if {
	some r in tf.of_type("google_compute_firewall")
	_ingress(r)
	not r.after.disabled == true
	some source in r.after.source_ranges
	tf.open_cidr(source)
	some j, allow in r.after.allow
	is_string(allow.protocol)
	some hit in _hits(allow, lower(allow.protocol))
	v := object.union({
		"msg": sprintf("firewall %s allows %s from %s; restrict source_ranges (e.g. to the IAP range 35.235.240.0/20)", [r.address, hit.what, source]),
		"path": array.concat(r.path, array.concat(["allow", j], hit.route)),
	}, _udp_only(allow))
}

_ingress(r) if not r.after.direction

_ingress(r) if r.after.direction == "INGRESS"

# No ports listed: every port of the protocol.
_hits(allow, protocol) := [{"what": "every port", "route": ["protocol"]}] if {
	protocol in {"tcp", "all"}
	not _ports_listed(allow)
}

_hits(allow, protocol) := [{"what": "RDP (UDP port 3389)", "route": ["protocol"]}] if {
	protocol == "udp"
	not _ports_listed(allow)
}

_hits(allow, protocol) := [h |
	some k, spec in allow.ports
	is_string(spec)
	some port, label in _admin_ports
	_protocol_reaches(protocol, port)
	_covers(spec, port)
	h := {"what": sprintf("%s (port %d)", [label, port]), "route": ["ports", k]}
] if _ports_listed(allow)

# SSH is TCP only; RDP also listens on UDP 3389 (its UDP transport).
_protocol_reaches(p, _) if p in {"tcp", "all"}

_protocol_reaches("udp", 3389) := true

# An RDP session starts over TCP; its UDP transport (MS-RDPEUDP) is negotiated on that TCP
# connection, so UDP 3389 alone lets nobody in (CIS GCP 3.7 judges TCP): strict profile only.
_udp_only(allow) := {"profile": "strict", "confidence": "low"} if lower(allow.protocol) == "udp"

_udp_only(allow) := {} if lower(allow.protocol) != "udp"

_ports_listed(allow) if {
	is_array(allow.ports)
	count(allow.ports) > 0
}

_covers(spec, port) if {
	regex.match(`^[0-9]+$`, spec)
	to_number(spec) == port
}

_covers(spec, port) if {
	regex.match(`^[0-9]+-[0-9]+$`, spec)
	parts := split(spec, "-")
	to_number(parts[0]) <= port
	port <= to_number(parts[1])
}
