# Unit tests for terraform/gcp-subnet-flow-logs: the fixture cases, in miniature, and the edge cases
# (known-after-apply values, modules, deletions) that fixtures do not show.
package palisade.terraform.gcp_subnet_flow_logs_test

import data.palisade.terraform.gcp_subnet_flow_logs

test_pass_logged if {
	found := {v.path | some v in gcp_subnet_flow_logs.violation} with input as {
		"resource_changes": [
			{"address": "google_compute_subnetwork.app", "type": "google_compute_subnetwork", "change": {"actions": ["create"], "after": {"description": null, "ip_cidr_range": "10.10.0.0/24", "ipv6_access_type": null, "log_config": [{"aggregation_interval": "INTERVAL_5_SEC", "filter_expr": "true", "flow_sampling": 0.5, "metadata": "INCLUDE_ALL_METADATA", "metadata_fields": null}], "name": "app", "private_ip_google_access": true, "region": "europe-west1"}, "after_unknown": {"id": true, "creation_timestamp": true, "gateway_address": true, "purpose": true, "secondary_ip_range": true, "self_link": true, "project": true}}},
			{"address": "google_compute_subnetwork.proxy", "type": "google_compute_subnetwork", "change": {"actions": ["create"], "after": {"description": null, "ip_cidr_range": "10.20.0.0/23", "ipv6_access_type": null, "log_config": [], "name": "proxy", "private_ip_google_access": true, "purpose": "REGIONAL_MANAGED_PROXY", "region": "europe-west1", "role": "ACTIVE"}, "after_unknown": {"id": true, "creation_timestamp": true, "gateway_address": true, "secondary_ip_range": true, "self_link": true, "project": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "google_compute_subnetwork.app", "mode": "managed", "type": "google_compute_subnetwork", "name": "app", "provider_config_key": "google", "expressions": {"ip_cidr_range": {"constant_value": "10.10.0.0/24"}, "log_config": [{"aggregation_interval": {"constant_value": "INTERVAL_5_SEC"}, "filter_expr": {"constant_value": "true"}, "flow_sampling": {"constant_value": 0.5}, "metadata": {"constant_value": "INCLUDE_ALL_METADATA"}}], "name": {"constant_value": "app"}, "network": {"references": ["google_compute_network.main.id", "google_compute_network.main"]}, "private_ip_google_access": {"constant_value": true}, "region": {"constant_value": "europe-west1"}}, "schema_version": 0}, {"address": "google_compute_subnetwork.proxy", "mode": "managed", "type": "google_compute_subnetwork", "name": "proxy", "provider_config_key": "google", "expressions": {"ip_cidr_range": {"constant_value": "10.20.0.0/23"}, "name": {"constant_value": "proxy"}, "network": {"references": ["google_compute_network.main.id", "google_compute_network.main"]}, "private_ip_google_access": {"constant_value": true}, "purpose": {"constant_value": "REGIONAL_MANAGED_PROXY"}, "region": {"constant_value": "europe-west1"}, "role": {"constant_value": "ACTIVE"}}, "schema_version": 0}]}},
	}
	count(found) == 0
}

test_fail_no_flow_logs if {
	found := {v.path | some v in gcp_subnet_flow_logs.violation} with input as {
		"resource_changes": [
			{"address": "google_compute_subnetwork.app", "type": "google_compute_subnetwork", "change": {"actions": ["create"], "after": {"description": null, "ip_cidr_range": "10.10.0.0/24", "ipv6_access_type": null, "log_config": [], "name": "app", "private_ip_google_access": true, "region": "europe-west1"}, "after_unknown": {"id": true, "creation_timestamp": true, "gateway_address": true, "purpose": true, "secondary_ip_range": true, "self_link": true, "project": true}}},
			{"address": "google_compute_subnetwork.data", "type": "google_compute_subnetwork", "change": {"actions": ["create"], "after": {"description": null, "ip_cidr_range": "10.11.0.0/24", "ipv6_access_type": null, "log_config": [{"aggregation_interval": "INTERVAL_5_SEC", "filter_expr": "true", "flow_sampling": 0.5, "metadata": "INCLUDE_ALL_METADATA", "metadata_fields": null}], "name": "data", "private_ip_google_access": true, "region": "europe-west1"}, "after_unknown": {"id": true, "creation_timestamp": true, "gateway_address": true, "purpose": true, "secondary_ip_range": true, "self_link": true, "project": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "google_compute_subnetwork.app", "mode": "managed", "type": "google_compute_subnetwork", "name": "app", "provider_config_key": "google", "expressions": {"ip_cidr_range": {"constant_value": "10.10.0.0/24"}, "name": {"constant_value": "app"}, "network": {"references": ["google_compute_network.main.id", "google_compute_network.main"]}, "private_ip_google_access": {"constant_value": true}, "region": {"constant_value": "europe-west1"}}, "schema_version": 0}, {"address": "google_compute_subnetwork.data", "mode": "managed", "type": "google_compute_subnetwork", "name": "data", "provider_config_key": "google", "expressions": {"ip_cidr_range": {"constant_value": "10.11.0.0/24"}, "log_config": [{"aggregation_interval": {"constant_value": "INTERVAL_5_SEC"}, "filter_expr": {"constant_value": "true"}, "flow_sampling": {"constant_value": 0.5}, "metadata": {"constant_value": "INCLUDE_ALL_METADATA"}}], "name": {"constant_value": "data"}, "network": {"references": ["google_compute_network.main.id", "google_compute_network.main"]}, "private_ip_google_access": {"constant_value": true}, "region": {"constant_value": "europe-west1"}}, "schema_version": 0}]}},
	}
	found == {["resource_changes", 0, "change", "after", "log_config"]}
}

test_fail_no_flow_logs_message_names_resource if {
	vs := gcp_subnet_flow_logs.violation with input as {
		"resource_changes": [
			{"address": "google_compute_subnetwork.app", "type": "google_compute_subnetwork", "change": {"actions": ["create"], "after": {"description": null, "ip_cidr_range": "10.10.0.0/24", "ipv6_access_type": null, "log_config": [], "name": "app", "private_ip_google_access": true, "region": "europe-west1"}, "after_unknown": {"id": true, "creation_timestamp": true, "gateway_address": true, "purpose": true, "secondary_ip_range": true, "self_link": true, "project": true}}},
			{"address": "google_compute_subnetwork.data", "type": "google_compute_subnetwork", "change": {"actions": ["create"], "after": {"description": null, "ip_cidr_range": "10.11.0.0/24", "ipv6_access_type": null, "log_config": [{"aggregation_interval": "INTERVAL_5_SEC", "filter_expr": "true", "flow_sampling": 0.5, "metadata": "INCLUDE_ALL_METADATA", "metadata_fields": null}], "name": "data", "private_ip_google_access": true, "region": "europe-west1"}, "after_unknown": {"id": true, "creation_timestamp": true, "gateway_address": true, "purpose": true, "secondary_ip_range": true, "self_link": true, "project": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "google_compute_subnetwork.app", "mode": "managed", "type": "google_compute_subnetwork", "name": "app", "provider_config_key": "google", "expressions": {"ip_cidr_range": {"constant_value": "10.10.0.0/24"}, "name": {"constant_value": "app"}, "network": {"references": ["google_compute_network.main.id", "google_compute_network.main"]}, "private_ip_google_access": {"constant_value": true}, "region": {"constant_value": "europe-west1"}}, "schema_version": 0}, {"address": "google_compute_subnetwork.data", "mode": "managed", "type": "google_compute_subnetwork", "name": "data", "provider_config_key": "google", "expressions": {"ip_cidr_range": {"constant_value": "10.11.0.0/24"}, "log_config": [{"aggregation_interval": {"constant_value": "INTERVAL_5_SEC"}, "filter_expr": {"constant_value": "true"}, "flow_sampling": {"constant_value": 0.5}, "metadata": {"constant_value": "INCLUDE_ALL_METADATA"}}], "name": {"constant_value": "data"}, "network": {"references": ["google_compute_network.main.id", "google_compute_network.main"]}, "private_ip_google_access": {"constant_value": true}, "region": {"constant_value": "europe-west1"}}, "schema_version": 0}]}},
	}
	some v in vs
	v.path == ["resource_changes", 0, "change", "after", "log_config"]
	contains(v.msg, "google_compute_subnetwork.app")
}
