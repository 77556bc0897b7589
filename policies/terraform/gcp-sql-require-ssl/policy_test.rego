# Unit tests for terraform/gcp-sql-require-ssl over plan-shaped input: require_ssl, ssl_mode, nothing set, require_ssl false and ALLOW_UNENCRYPTED_AND_ENCRYPTED.
package palisade.terraform.gcp_sql_require_ssl_test

import data.palisade.terraform.gcp_sql_require_ssl

test_pass_ssl if {
	found := {v.path[1] | some v in gcp_sql_require_ssl.violation} with input as {"resource_changes": [{"address": "google_sql_database_instance.a", "mode": "managed", "type": "google_sql_database_instance", "name": "a", "change": {"actions": ["create"], "after": {"settings": [{"ip_configuration": [{"require_ssl": true}]}]}, "after_unknown": {}}}, {"address": "google_sql_database_instance.b", "mode": "managed", "type": "google_sql_database_instance", "name": "b", "change": {"actions": ["create"], "after": {"settings": [{"ip_configuration": [{"ssl_mode": "ENCRYPTED_ONLY"}]}]}, "after_unknown": {}}}]}
	count(found) == 0
}

test_fail_plain if {
	found := {v.path[1] | some v in gcp_sql_require_ssl.violation} with input as {"resource_changes": [{"address": "google_sql_database_instance.a", "mode": "managed", "type": "google_sql_database_instance", "name": "a", "change": {"actions": ["create"], "after": {"settings": [{}]}, "after_unknown": {}}}, {"address": "google_sql_database_instance.b", "mode": "managed", "type": "google_sql_database_instance", "name": "b", "change": {"actions": ["create"], "after": {"settings": [{"ip_configuration": [{"require_ssl": false}]}]}, "after_unknown": {}}}, {"address": "google_sql_database_instance.c", "mode": "managed", "type": "google_sql_database_instance", "name": "c", "change": {"actions": ["create"], "after": {"settings": [{"ip_configuration": [{"ssl_mode": "ALLOW_UNENCRYPTED_AND_ENCRYPTED"}]}]}, "after_unknown": {}}}]}
	found == {0, 1, 2}
}
