# Unit tests for terraform/gcp-subnet-private-google-access: the fixture cases, in miniature, and the edge cases
# (known-after-apply values, modules, deletions) that fixtures do not show.
package palisade.terraform.gcp_subnet_private_google_access_test

import data.palisade.terraform.gcp_subnet_private_google_access

test_pass_enabled if {
	found := {v.path | some v in gcp_subnet_private_google_access.violation} with input as {
		"resource_changes": [
			{"address": "google_compute_subnetwork.app", "type": "google_compute_subnetwork", "change": {"actions": ["create"], "after": {"description": null, "ip_cidr_range": "10.10.0.0/24", "ipv6_access_type": null, "log_config": [{"aggregation_interval": "INTERVAL_5_SEC", "filter_expr": "true", "flow_sampling": 0.5, "metadata": "INCLUDE_ALL_METADATA", "metadata_fields": null}], "name": "app", "private_ip_google_access": true, "region": "europe-west1"}, "after_unknown": {"id": true, "creation_timestamp": true, "gateway_address": true, "purpose": true, "secondary_ip_range": true, "self_link": true, "project": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "google_compute_subnetwork.app", "mode": "managed", "type": "google_compute_subnetwork", "name": "app", "provider_config_key": "google", "expressions": {"ip_cidr_range": {"constant_value": "10.10.0.0/24"}, "log_config": [{"aggregation_interval": {"constant_value": "INTERVAL_5_SEC"}, "filter_expr": {"constant_value": "true"}, "flow_sampling": {"constant_value": 0.5}, "metadata": {"constant_value": "INCLUDE_ALL_METADATA"}}], "name": {"constant_value": "app"}, "network": {"references": ["google_compute_network.main.id", "google_compute_network.main"]}, "private_ip_google_access": {"constant_value": true}, "region": {"constant_value": "europe-west1"}}, "schema_version": 0}]}},
	}
	count(found) == 0
}

test_fail_disabled if {
	found := {v.path | some v in gcp_subnet_private_google_access.violation} with input as {
		"resource_changes": [
			{"address": "google_compute_subnetwork.app", "type": "google_compute_subnetwork", "change": {"actions": ["create"], "after": {"description": null, "ip_cidr_range": "10.10.0.0/24", "ipv6_access_type": null, "log_config": [{"aggregation_interval": "INTERVAL_5_SEC", "filter_expr": "true", "flow_sampling": 0.5, "metadata": "INCLUDE_ALL_METADATA", "metadata_fields": null}], "name": "app", "private_ip_google_access": false, "region": "europe-west1"}, "after_unknown": {"id": true, "creation_timestamp": true, "gateway_address": true, "purpose": true, "secondary_ip_range": true, "self_link": true, "project": true}}},
			{"address": "google_compute_subnetwork.batch", "type": "google_compute_subnetwork", "change": {"actions": ["create"], "after": {"description": null, "ip_cidr_range": "10.12.0.0/24", "ipv6_access_type": null, "log_config": [{"aggregation_interval": "INTERVAL_5_SEC", "filter_expr": "true", "flow_sampling": 0.5, "metadata": "INCLUDE_ALL_METADATA", "metadata_fields": null}], "name": "batch", "private_ip_google_access": null, "region": "europe-west1"}, "after_unknown": {"id": true, "creation_timestamp": true, "gateway_address": true, "purpose": true, "secondary_ip_range": true, "self_link": true, "project": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "google_compute_subnetwork.app", "mode": "managed", "type": "google_compute_subnetwork", "name": "app", "provider_config_key": "google", "expressions": {"ip_cidr_range": {"constant_value": "10.10.0.0/24"}, "log_config": [{"aggregation_interval": {"constant_value": "INTERVAL_5_SEC"}, "filter_expr": {"constant_value": "true"}, "flow_sampling": {"constant_value": 0.5}, "metadata": {"constant_value": "INCLUDE_ALL_METADATA"}}], "name": {"constant_value": "app"}, "network": {"references": ["google_compute_network.main.id", "google_compute_network.main"]}, "private_ip_google_access": {"constant_value": false}, "region": {"constant_value": "europe-west1"}}, "schema_version": 0}, {"address": "google_compute_subnetwork.batch", "mode": "managed", "type": "google_compute_subnetwork", "name": "batch", "provider_config_key": "google", "expressions": {"ip_cidr_range": {"constant_value": "10.12.0.0/24"}, "log_config": [{"aggregation_interval": {"constant_value": "INTERVAL_5_SEC"}, "filter_expr": {"constant_value": "true"}, "flow_sampling": {"constant_value": 0.5}, "metadata": {"constant_value": "INCLUDE_ALL_METADATA"}}], "name": {"constant_value": "batch"}, "network": {"references": ["google_compute_network.main.id", "google_compute_network.main"]}, "region": {"constant_value": "europe-west1"}}, "schema_version": 0}]}},
	}
	found == {["resource_changes", 0, "change", "after", "private_ip_google_access"], ["resource_changes", 1, "change", "after", "private_ip_google_access"]}
}

test_fail_disabled_message_names_resource if {
	vs := gcp_subnet_private_google_access.violation with input as {
		"resource_changes": [
			{"address": "google_compute_subnetwork.app", "type": "google_compute_subnetwork", "change": {"actions": ["create"], "after": {"description": null, "ip_cidr_range": "10.10.0.0/24", "ipv6_access_type": null, "log_config": [{"aggregation_interval": "INTERVAL_5_SEC", "filter_expr": "true", "flow_sampling": 0.5, "metadata": "INCLUDE_ALL_METADATA", "metadata_fields": null}], "name": "app", "private_ip_google_access": false, "region": "europe-west1"}, "after_unknown": {"id": true, "creation_timestamp": true, "gateway_address": true, "purpose": true, "secondary_ip_range": true, "self_link": true, "project": true}}},
			{"address": "google_compute_subnetwork.batch", "type": "google_compute_subnetwork", "change": {"actions": ["create"], "after": {"description": null, "ip_cidr_range": "10.12.0.0/24", "ipv6_access_type": null, "log_config": [{"aggregation_interval": "INTERVAL_5_SEC", "filter_expr": "true", "flow_sampling": 0.5, "metadata": "INCLUDE_ALL_METADATA", "metadata_fields": null}], "name": "batch", "private_ip_google_access": null, "region": "europe-west1"}, "after_unknown": {"id": true, "creation_timestamp": true, "gateway_address": true, "purpose": true, "secondary_ip_range": true, "self_link": true, "project": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "google_compute_subnetwork.app", "mode": "managed", "type": "google_compute_subnetwork", "name": "app", "provider_config_key": "google", "expressions": {"ip_cidr_range": {"constant_value": "10.10.0.0/24"}, "log_config": [{"aggregation_interval": {"constant_value": "INTERVAL_5_SEC"}, "filter_expr": {"constant_value": "true"}, "flow_sampling": {"constant_value": 0.5}, "metadata": {"constant_value": "INCLUDE_ALL_METADATA"}}], "name": {"constant_value": "app"}, "network": {"references": ["google_compute_network.main.id", "google_compute_network.main"]}, "private_ip_google_access": {"constant_value": false}, "region": {"constant_value": "europe-west1"}}, "schema_version": 0}, {"address": "google_compute_subnetwork.batch", "mode": "managed", "type": "google_compute_subnetwork", "name": "batch", "provider_config_key": "google", "expressions": {"ip_cidr_range": {"constant_value": "10.12.0.0/24"}, "log_config": [{"aggregation_interval": {"constant_value": "INTERVAL_5_SEC"}, "filter_expr": {"constant_value": "true"}, "flow_sampling": {"constant_value": 0.5}, "metadata": {"constant_value": "INCLUDE_ALL_METADATA"}}], "name": {"constant_value": "batch"}, "network": {"references": ["google_compute_network.main.id", "google_compute_network.main"]}, "region": {"constant_value": "europe-west1"}}, "schema_version": 0}]}},
	}
	some v in vs
	v.path == ["resource_changes", 0, "change", "after", "private_ip_google_access"]
	contains(v.msg, "google_compute_subnetwork.app")
}
