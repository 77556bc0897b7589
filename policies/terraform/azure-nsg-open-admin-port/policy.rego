# METADATA
# title: Azure network security group allows SSH or RDP from the internet
# description: >-
#   An inbound Allow rule from `*`, `Internet` or 0.0.0.0/0 to port 22 (SSH) or 3389 (RDP) exposes
#   virtual machines' remote administration to password spraying and exploits from anywhere.
#   Use Azure Bastion, just-in-time VM access or a VPN instead.
# related_resources:
#   - ref: https://learn.microsoft.com/en-us/azure/virtual-network/network-security-groups-overview
# custom:
#   id: terraform/azure-nsg-open-admin-port
#   severity: critical
#   kinds: [terraform-plan]
#   remediation: |
#     Restrict the rule's source to known address ranges, or remove it and use Azure Bastion.
#
#     Before:
#     ```hcl
#     source_address_prefix      = "*"
#     destination_port_range     = "22"
#     ```
#     After:
#     ```hcl
#     source_address_prefix      = "10.10.0.0/24"
#     destination_port_range     = "22"
#     ```
#   tags: [security, azure, network]
#   equivalents:
#     checkov: [CKV_AZURE_9, CKV_AZURE_10]
#     kics: [azure/rdp_is_exposed_to_the_internet, azure/ssh_is_exposed_to_the_internet]
package palisade.terraform.azure_nsg_open_admin_port

import data.palisade.lib.terraform as tf

_admin_ports := {22: "SSH", 3389: "RDP"}

_anywhere := {"*", "internet", "any", "0.0.0.0", "0.0.0.0/0", "::/0"}

# Rules as separate resources: azurerm_network_security_rule.
violation contains v if {
	some r in tf.of_type("azurerm_network_security_rule")
	some finding in _open_admin(r.after)
	v := object.union({
		"msg": sprintf("%s allows %s from \"%s\"; restrict the source or use Azure Bastion", [r.address, finding.what, finding.source]),
		"path": array.concat(r.path, finding.route),
	}, _udp_only(finding))
}

# Rules inline in azurerm_network_security_group.security_rule.
violation contains v if {
	some r in tf.of_type("azurerm_network_security_group")
	some j, rule in r.after.security_rule
	some finding in _open_admin(rule)
	v := object.union({
		"msg": sprintf("%s rule \"%s\" allows %s from \"%s\"; restrict the source or use Azure Bastion", [r.address, rule.name, finding.what, finding.source]),
		"path": array.concat(r.path, array.concat(["security_rule", j], finding.route)),
	}, _udp_only(finding))
}

_open_admin(rule) := {f |
	_lower(rule.direction) == "inbound"
	_lower(rule.access) == "allow"
	some source in _sources(rule)
	some port, label in _admin_ports
	_protocol_reaches(_lower(rule.protocol), port)
	some spec in _port_specs(rule)
	_covers(spec.value, port)
	f := {"what": sprintf("%s (port %d)", [label, port]), "source": source, "route": spec.route, "udp": _lower(rule.protocol) == "udp"}
}

_lower(x) := lower(x) if is_string(x)

# SSH is TCP only; RDP also listens on UDP 3389 (its UDP transport).
_protocol_reaches(p, _) if p in {"tcp", "*"}

_protocol_reaches("udp", 3389) := true

# An RDP session starts over TCP; its UDP transport (MS-RDPEUDP) is negotiated on that TCP
# connection, so UDP 3389 alone lets nobody in. CIS Azure 6.1 judges TCP: a UDP-only rule is
# reported in the strict profile only, with low confidence.
_udp_only(f) := {"profile": "strict", "confidence": "low"} if f.udp

_udp_only(f) := {} if not f.udp

# The whole internet: the service tags and wildcards, and any prefix of length 0 ("1.2.3.4/0" too).
_open_source(s) if lower(s) in _anywhere

_open_source(s) if endswith(s, "/0")

_sources(rule) := {s |
	some s in array.concat(tf.as_list(object.get(rule, "source_address_prefix", null)), tf.as_list(object.get(rule, "source_address_prefixes", null)))
	is_string(s)
	_open_source(s)
}

# Each destination port spec ("22", "20-25", "*") with its route relative to the rule.
_port_specs(rule) := array.concat(
	[{"route": ["destination_port_range"], "value": p} | p := rule.destination_port_range; is_string(p)],
	[{"route": ["destination_port_ranges", k], "value": p} | some k, p in rule.destination_port_ranges; is_string(p)],
)

# A port spec is "*", a port, a range, or a comma-separated list of those ("22,80-90, 3389").
_covers(spec, port) if {
	some item in split(spec, ",")
	_covers_one(trim_space(item), port)
}

_covers_one("*", _) := true

_covers_one(item, port) if {
	regex.match(`^[0-9]+$`, item)
	to_number(item) == port
}

_covers_one(item, port) if {
	regex.match(`^[0-9]+-[0-9]+$`, item)
	parts := split(item, "-")
	to_number(parts[0]) <= port
	port <= to_number(parts[1])
}
