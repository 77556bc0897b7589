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
package palisade.terraform.azure_nsg_open_admin_port

import data.palisade.lib.terraform as tf

_admin_ports := {22: "SSH", 3389: "RDP"}

_anywhere := {"*", "internet", "any", "0.0.0.0", "0.0.0.0/0", "::/0"}

# Rules as separate resources: azurerm_network_security_rule.
violation contains v if {
	some r in tf.of_type("azurerm_network_security_rule")
	some finding in _open_admin(r.after)
	v := {
		"msg": sprintf("%s allows %s from \"%s\"; restrict the source or use Azure Bastion", [r.address, finding.what, finding.source]),
		"path": array.concat(r.path, finding.route),
	}
}

# Rules inline in azurerm_network_security_group.security_rule.
violation contains v if {
	some r in tf.of_type("azurerm_network_security_group")
	some j, rule in r.after.security_rule
	some finding in _open_admin(rule)
	v := {
		"msg": sprintf("%s rule \"%s\" allows %s from \"%s\"; restrict the source or use Azure Bastion", [r.address, rule.name, finding.what, finding.source]),
		"path": array.concat(r.path, array.concat(["security_rule", j], finding.route)),
	}
}

_open_admin(rule) := {f |
	_lower(rule.direction) == "inbound"
	_lower(rule.access) == "allow"
	_lower(rule.protocol) in {"tcp", "*"}
	some source in _sources(rule)
	some port, label in _admin_ports
	some spec in _port_specs(rule)
	_covers(spec.value, port)
	f := {"what": sprintf("%s (port %d)", [label, port]), "source": source, "route": spec.route}
}

_lower(x) := lower(x) if is_string(x)

_sources(rule) := {s |
	some s in array.concat(tf.as_list(object.get(rule, "source_address_prefix", null)), tf.as_list(object.get(rule, "source_address_prefixes", null)))
	is_string(s)
	lower(s) in _anywhere
}

# Each destination port spec ("22", "20-25", "*") with its route relative to the rule.
_port_specs(rule) := array.concat(
	[{"route": ["destination_port_range"], "value": p} | p := rule.destination_port_range; is_string(p)],
	[{"route": ["destination_port_ranges", k], "value": p} | some k, p in rule.destination_port_ranges; is_string(p)],
)

_covers("*", _) := true

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
