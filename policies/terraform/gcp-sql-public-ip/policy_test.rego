# Unit tests for terraform/gcp-sql-public-ip over plan-shaped input: private only, the default public IP, and 0.0.0.0/0 authorized.
package palisade.terraform.gcp_sql_public_ip_test

import data.palisade.terraform.gcp_sql_public_ip

test_pass_private if {
	found := {v.path[1] | some v in gcp_sql_public_ip.violation} with input as {"resource_changes": [{"address": "google_sql_database_instance.a", "mode": "managed", "type": "google_sql_database_instance", "name": "a", "change": {"actions": ["create"], "after": {"settings": [{"ip_configuration": [{"ipv4_enabled": false, "private_network": "projects/p/global/networks/n"}]}]}, "after_unknown": {}}}]}
	count(found) == 0
}

test_fail_public if {
	found := {v.path[1] | some v in gcp_sql_public_ip.violation} with input as {"resource_changes": [{"address": "google_sql_database_instance.a", "mode": "managed", "type": "google_sql_database_instance", "name": "a", "change": {"actions": ["create"], "after": {"settings": [{"tier": "db-f1-micro"}]}, "after_unknown": {}}}, {"address": "google_sql_database_instance.b", "mode": "managed", "type": "google_sql_database_instance", "name": "b", "change": {"actions": ["create"], "after": {"settings": [{"ip_configuration": [{"authorized_networks": [{"value": "0.0.0.0/0"}]}]}]}, "after_unknown": {}}}, {"address": "google_sql_database_instance.c", "mode": "managed", "type": "google_sql_database_instance", "name": "c", "change": {"actions": ["create"], "after": {"settings": [{"ip_configuration": [{"ipv4_enabled": false}]}]}, "after_unknown": {}}}]}
	found == {0, 1}
}
