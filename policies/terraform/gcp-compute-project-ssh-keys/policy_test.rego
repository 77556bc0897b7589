# Unit tests for terraform/gcp-compute-project-ssh-keys over plan-shaped input: blocked (bool and string), OS Login, unset and false.
package palisade.terraform.gcp_compute_project_ssh_keys_test

import data.palisade.terraform.gcp_compute_project_ssh_keys

test_pass_blocked if {
	found := {v.path[1] | some v in gcp_compute_project_ssh_keys.violation} with input as {"resource_changes": [{"address": "google_compute_instance.a", "mode": "managed", "type": "google_compute_instance", "name": "a", "change": {"actions": ["create"], "after": {"metadata": {"block-project-ssh-keys": true}}, "after_unknown": {}}}, {"address": "google_compute_instance.b", "mode": "managed", "type": "google_compute_instance", "name": "b", "change": {"actions": ["create"], "after": {"metadata": {"block-project-ssh-keys": "TRUE"}}, "after_unknown": {}}}, {"address": "google_compute_instance.c", "mode": "managed", "type": "google_compute_instance", "name": "c", "change": {"actions": ["create"], "after": {"metadata": {"enable-oslogin": "true"}}, "after_unknown": {}}}]}
	count(found) == 0
}

test_fail_project_keys if {
	found := {v.path[1] | some v in gcp_compute_project_ssh_keys.violation} with input as {"resource_changes": [{"address": "google_compute_instance.a", "mode": "managed", "type": "google_compute_instance", "name": "a", "change": {"actions": ["create"], "after": {}, "after_unknown": {}}}, {"address": "google_compute_instance.b", "mode": "managed", "type": "google_compute_instance", "name": "b", "change": {"actions": ["create"], "after": {"metadata": {"block-project-ssh-keys": false}}, "after_unknown": {}}}]}
	found == {0, 1}
}
