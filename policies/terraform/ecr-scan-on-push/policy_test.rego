# Unit tests for terraform/ecr-scan-on-push over plan-shaped input: scan on push, registry-level scanning, and no scanning.
package palisade.terraform.ecr_scan_on_push_test

import data.palisade.terraform.ecr_scan_on_push

test_pass_scanning if {
	found := {v.path[1] | some v in ecr_scan_on_push.violation} with input as {"resource_changes": [{"address": "aws_ecr_repository.a", "mode": "managed", "type": "aws_ecr_repository", "name": "a", "change": {"actions": ["create"], "after": {"image_scanning_configuration": [{"scan_on_push": true}]}, "after_unknown": {}}}]}
	count(found) == 0
}

test_pass_registry_scanning if {
	found := {v.path[1] | some v in ecr_scan_on_push.violation} with input as {"resource_changes": [{"address": "aws_ecr_repository.a", "mode": "managed", "type": "aws_ecr_repository", "name": "a", "change": {"actions": ["create"], "after": {}, "after_unknown": {}}}, {"address": "aws_ecr_registry_scanning_configuration.r", "mode": "managed", "type": "aws_ecr_registry_scanning_configuration", "name": "r", "change": {"actions": ["create"], "after": {"scan_type": "ENHANCED", "rule": [{"scan_frequency": "CONTINUOUS_SCAN"}]}, "after_unknown": {}}}]}
	count(found) == 0
}

test_fail_not_scanning if {
	found := {v.path[1] | some v in ecr_scan_on_push.violation} with input as {"resource_changes": [{"address": "aws_ecr_repository.a", "mode": "managed", "type": "aws_ecr_repository", "name": "a", "change": {"actions": ["create"], "after": {}, "after_unknown": {}}}, {"address": "aws_ecr_repository.b", "mode": "managed", "type": "aws_ecr_repository", "name": "b", "change": {"actions": ["create"], "after": {"image_scanning_configuration": [{"scan_on_push": false}]}, "after_unknown": {}}}]}
	found == {0, 1}
}
