# Unit tests for terraform/gcp-firewall-open-admin-port: the fixture cases, in miniature, and the edge cases
# (known-after-apply values, modules, deletions) that fixtures do not show.
package palisade.terraform.gcp_firewall_open_admin_port_test

import data.palisade.terraform.gcp_firewall_open_admin_port

test_pass_iap_only if {
	found := {v.path | some v in gcp_firewall_open_admin_port.violation} with input as {
		"resource_changes": [
			{"address": "google_compute_firewall.ssh_iap", "type": "google_compute_firewall", "change": {"actions": ["create"], "after": {"allow": [{"ports": ["22", "3389"], "protocol": "tcp"}], "deny": [], "description": null, "direction": "INGRESS", "disabled": false, "name": "ssh-iap", "network": "main", "priority": 1000, "source_ranges": ["35.235.240.0/20"], "source_tags": null, "target_tags": ["web"]}, "after_unknown": {"id": true, "creation_timestamp": true, "destination_ranges": true, "self_link": true, "project": true}}},
			{"address": "google_compute_firewall.https", "type": "google_compute_firewall", "change": {"actions": ["create"], "after": {"allow": [{"ports": ["443"], "protocol": "tcp"}], "deny": [], "description": null, "direction": "INGRESS", "disabled": false, "name": "https", "network": "main", "priority": 1000, "source_ranges": ["0.0.0.0/0"], "source_tags": null, "target_tags": ["web"]}, "after_unknown": {"id": true, "creation_timestamp": true, "destination_ranges": true, "self_link": true, "project": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "google_compute_firewall.ssh_iap", "mode": "managed", "type": "google_compute_firewall", "name": "ssh_iap", "provider_config_key": "google", "expressions": {"allow": [{"ports": {"constant_value": ["22", "3389"]}, "protocol": {"constant_value": "tcp"}}], "direction": {"constant_value": "INGRESS"}, "disabled": {"constant_value": false}, "name": {"constant_value": "ssh-iap"}, "network": {"constant_value": "main"}, "priority": {"constant_value": 1000}, "source_ranges": {"constant_value": ["35.235.240.0/20"]}, "target_tags": {"constant_value": ["web"]}}, "schema_version": 0}, {"address": "google_compute_firewall.https", "mode": "managed", "type": "google_compute_firewall", "name": "https", "provider_config_key": "google", "expressions": {"allow": [{"ports": {"constant_value": ["443"]}, "protocol": {"constant_value": "tcp"}}], "direction": {"constant_value": "INGRESS"}, "disabled": {"constant_value": false}, "name": {"constant_value": "https"}, "network": {"constant_value": "main"}, "priority": {"constant_value": 1000}, "source_ranges": {"constant_value": ["0.0.0.0/0"]}, "target_tags": {"constant_value": ["web"]}}, "schema_version": 0}]}},
	}
	count(found) == 0
}

test_fail_open_admin if {
	found := {v.path | some v in gcp_firewall_open_admin_port.violation} with input as {
		"resource_changes": [
			{"address": "google_compute_firewall.ssh", "type": "google_compute_firewall", "change": {"actions": ["create"], "after": {"allow": [{"ports": ["22"], "protocol": "tcp"}], "deny": [], "description": null, "direction": "INGRESS", "disabled": false, "name": "ssh", "network": "main", "priority": 1000, "source_ranges": ["0.0.0.0/0"], "source_tags": null, "target_tags": ["web"]}, "after_unknown": {"id": true, "creation_timestamp": true, "destination_ranges": true, "self_link": true, "project": true}}},
			{"address": "google_compute_firewall.windows", "type": "google_compute_firewall", "change": {"actions": ["create"], "after": {"allow": [{"ports": ["80", "3000-4000"], "protocol": "tcp"}], "deny": [], "description": null, "direction": "INGRESS", "disabled": false, "name": "windows", "network": "main", "priority": 1000, "source_ranges": ["0.0.0.0/0"], "source_tags": null, "target_tags": ["web"]}, "after_unknown": {"id": true, "creation_timestamp": true, "destination_ranges": true, "self_link": true, "project": true}}},
			{"address": "google_compute_firewall.any", "type": "google_compute_firewall", "change": {"actions": ["create"], "after": {"allow": [{"ports": [], "protocol": "all"}], "deny": [], "description": null, "direction": "INGRESS", "disabled": false, "name": "any", "network": "main", "priority": 1000, "source_ranges": ["0.0.0.0/0"], "source_tags": null, "target_tags": ["web"]}, "after_unknown": {"id": true, "creation_timestamp": true, "destination_ranges": true, "self_link": true, "project": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "google_compute_firewall.ssh", "mode": "managed", "type": "google_compute_firewall", "name": "ssh", "provider_config_key": "google", "expressions": {"allow": [{"ports": {"constant_value": ["22"]}, "protocol": {"constant_value": "tcp"}}], "direction": {"constant_value": "INGRESS"}, "disabled": {"constant_value": false}, "name": {"constant_value": "ssh"}, "network": {"constant_value": "main"}, "priority": {"constant_value": 1000}, "source_ranges": {"constant_value": ["0.0.0.0/0"]}, "target_tags": {"constant_value": ["web"]}}, "schema_version": 0}, {"address": "google_compute_firewall.windows", "mode": "managed", "type": "google_compute_firewall", "name": "windows", "provider_config_key": "google", "expressions": {"allow": [{"ports": {"constant_value": ["80", "3000-4000"]}, "protocol": {"constant_value": "tcp"}}], "direction": {"constant_value": "INGRESS"}, "disabled": {"constant_value": false}, "name": {"constant_value": "windows"}, "network": {"constant_value": "main"}, "priority": {"constant_value": 1000}, "source_ranges": {"constant_value": ["0.0.0.0/0"]}, "target_tags": {"constant_value": ["web"]}}, "schema_version": 0}, {"address": "google_compute_firewall.any", "mode": "managed", "type": "google_compute_firewall", "name": "any", "provider_config_key": "google", "expressions": {"allow": [{"ports": {"constant_value": []}, "protocol": {"constant_value": "all"}}], "direction": {"constant_value": "INGRESS"}, "disabled": {"constant_value": false}, "name": {"constant_value": "any"}, "network": {"constant_value": "main"}, "priority": {"constant_value": 1000}, "source_ranges": {"constant_value": ["0.0.0.0/0"]}, "target_tags": {"constant_value": ["web"]}}, "schema_version": 0}]}},
	}
	found == {["resource_changes", 0, "change", "after", "allow", 0, "ports", 0], ["resource_changes", 1, "change", "after", "allow", 0, "ports", 1], ["resource_changes", 2, "change", "after", "allow", 0, "protocol"]}
}

test_fail_open_admin_message_names_resource if {
	vs := gcp_firewall_open_admin_port.violation with input as {
		"resource_changes": [
			{"address": "google_compute_firewall.ssh", "type": "google_compute_firewall", "change": {"actions": ["create"], "after": {"allow": [{"ports": ["22"], "protocol": "tcp"}], "deny": [], "description": null, "direction": "INGRESS", "disabled": false, "name": "ssh", "network": "main", "priority": 1000, "source_ranges": ["0.0.0.0/0"], "source_tags": null, "target_tags": ["web"]}, "after_unknown": {"id": true, "creation_timestamp": true, "destination_ranges": true, "self_link": true, "project": true}}},
			{"address": "google_compute_firewall.windows", "type": "google_compute_firewall", "change": {"actions": ["create"], "after": {"allow": [{"ports": ["80", "3000-4000"], "protocol": "tcp"}], "deny": [], "description": null, "direction": "INGRESS", "disabled": false, "name": "windows", "network": "main", "priority": 1000, "source_ranges": ["0.0.0.0/0"], "source_tags": null, "target_tags": ["web"]}, "after_unknown": {"id": true, "creation_timestamp": true, "destination_ranges": true, "self_link": true, "project": true}}},
			{"address": "google_compute_firewall.any", "type": "google_compute_firewall", "change": {"actions": ["create"], "after": {"allow": [{"ports": [], "protocol": "all"}], "deny": [], "description": null, "direction": "INGRESS", "disabled": false, "name": "any", "network": "main", "priority": 1000, "source_ranges": ["0.0.0.0/0"], "source_tags": null, "target_tags": ["web"]}, "after_unknown": {"id": true, "creation_timestamp": true, "destination_ranges": true, "self_link": true, "project": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "google_compute_firewall.ssh", "mode": "managed", "type": "google_compute_firewall", "name": "ssh", "provider_config_key": "google", "expressions": {"allow": [{"ports": {"constant_value": ["22"]}, "protocol": {"constant_value": "tcp"}}], "direction": {"constant_value": "INGRESS"}, "disabled": {"constant_value": false}, "name": {"constant_value": "ssh"}, "network": {"constant_value": "main"}, "priority": {"constant_value": 1000}, "source_ranges": {"constant_value": ["0.0.0.0/0"]}, "target_tags": {"constant_value": ["web"]}}, "schema_version": 0}, {"address": "google_compute_firewall.windows", "mode": "managed", "type": "google_compute_firewall", "name": "windows", "provider_config_key": "google", "expressions": {"allow": [{"ports": {"constant_value": ["80", "3000-4000"]}, "protocol": {"constant_value": "tcp"}}], "direction": {"constant_value": "INGRESS"}, "disabled": {"constant_value": false}, "name": {"constant_value": "windows"}, "network": {"constant_value": "main"}, "priority": {"constant_value": 1000}, "source_ranges": {"constant_value": ["0.0.0.0/0"]}, "target_tags": {"constant_value": ["web"]}}, "schema_version": 0}, {"address": "google_compute_firewall.any", "mode": "managed", "type": "google_compute_firewall", "name": "any", "provider_config_key": "google", "expressions": {"allow": [{"ports": {"constant_value": []}, "protocol": {"constant_value": "all"}}], "direction": {"constant_value": "INGRESS"}, "disabled": {"constant_value": false}, "name": {"constant_value": "any"}, "network": {"constant_value": "main"}, "priority": {"constant_value": 1000}, "source_ranges": {"constant_value": ["0.0.0.0/0"]}, "target_tags": {"constant_value": ["web"]}}, "schema_version": 0}]}},
	}
	some v in vs
	v.path == ["resource_changes", 0, "change", "after", "allow", 0, "ports", 0]
	contains(v.msg, "google_compute_firewall.ssh")
}

test_egress_ignored if {
	found := {v.path | some v in gcp_firewall_open_admin_port.violation} with input as {
		"resource_changes": [
			{"address": "google_compute_firewall.out", "type": "google_compute_firewall", "change": {"actions": ["create"], "after": {"allow": [{"ports": ["22"], "protocol": "tcp"}], "deny": [], "description": null, "direction": "EGRESS", "disabled": false, "name": "out", "network": "main", "priority": 1000, "source_ranges": ["0.0.0.0/0"], "source_tags": null, "target_tags": ["web"]}, "after_unknown": {"id": true, "creation_timestamp": true, "destination_ranges": true, "self_link": true, "project": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "google_compute_firewall.out", "mode": "managed", "type": "google_compute_firewall", "name": "out", "provider_config_key": "google", "expressions": {"allow": [{"ports": {"constant_value": ["22"]}, "protocol": {"constant_value": "tcp"}}], "direction": {"constant_value": "EGRESS"}, "disabled": {"constant_value": false}, "name": {"constant_value": "out"}, "network": {"constant_value": "main"}, "priority": {"constant_value": 1000}, "source_ranges": {"constant_value": ["0.0.0.0/0"]}, "target_tags": {"constant_value": ["web"]}}, "schema_version": 0}]}},
	}
	count(found) == 0
}

test_disabled_ignored if {
	found := {v.path | some v in gcp_firewall_open_admin_port.violation} with input as {
		"resource_changes": [
			{"address": "google_compute_firewall.off", "type": "google_compute_firewall", "change": {"actions": ["create"], "after": {"allow": [{"ports": ["22"], "protocol": "tcp"}], "deny": [], "description": null, "direction": "INGRESS", "disabled": true, "name": "off", "network": "main", "priority": 1000, "source_ranges": ["0.0.0.0/0"], "source_tags": null, "target_tags": ["web"]}, "after_unknown": {"id": true, "creation_timestamp": true, "destination_ranges": true, "self_link": true, "project": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "google_compute_firewall.off", "mode": "managed", "type": "google_compute_firewall", "name": "off", "provider_config_key": "google", "expressions": {"allow": [{"ports": {"constant_value": ["22"]}, "protocol": {"constant_value": "tcp"}}], "direction": {"constant_value": "INGRESS"}, "disabled": {"constant_value": true}, "name": {"constant_value": "off"}, "network": {"constant_value": "main"}, "priority": {"constant_value": 1000}, "source_ranges": {"constant_value": ["0.0.0.0/0"]}, "target_tags": {"constant_value": ["web"]}}, "schema_version": 0}]}},
	}
	count(found) == 0
}

_fw(name, allow) := {"address": sprintf("google_compute_firewall.%s", [name]), "type": "google_compute_firewall", "change": {"actions": ["create"], "after": {"direction": "INGRESS", "source_ranges": ["::/0"], "allow": [allow]}}}

test_rdp_over_udp_but_not_ssh_in_the_strict_profile_only if {
	found := {[v.path[1], v.profile] | some v in gcp_firewall_open_admin_port.violation} with input as {"resource_changes": [
		_fw("rdp_udp", {"protocol": "udp", "ports": ["21-3390"]}),
		_fw("ssh_udp", {"protocol": "udp", "ports": ["22"]}),
		_fw("udp_all", {"protocol": "udp"}),
		_fw("rdp_tcp", {"protocol": "tcp", "ports": ["3389"]}),
	]}
	found == {[0, "strict"], [2, "strict"]}
	tcp := [v | some v in gcp_firewall_open_admin_port.violation; v.path[1] == 3; not v.profile] with input as {"resource_changes": [
		_fw("rdp_udp", {"protocol": "udp", "ports": ["21-3390"]}),
		_fw("ssh_udp", {"protocol": "udp", "ports": ["22"]}),
		_fw("udp_all", {"protocol": "udp"}),
		_fw("rdp_tcp", {"protocol": "tcp", "ports": ["3389"]}),
	]}
	count(tcp) == 1
}
