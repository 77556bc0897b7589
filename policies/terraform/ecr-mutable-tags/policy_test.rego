# Unit tests for terraform/ecr-mutable-tags over plan-shaped input: the default (mutable), explicit MUTABLE, IMMUTABLE and IMMUTABLE_WITH_EXCLUSION.
package palisade.terraform.ecr_mutable_tags_test

import data.palisade.terraform.ecr_mutable_tags

test_pass_immutable if {
	found := {v.path[1] | some v in ecr_mutable_tags.violation} with input as {"resource_changes": [{"address": "aws_ecr_repository.a", "mode": "managed", "type": "aws_ecr_repository", "name": "a", "change": {"actions": ["create"], "after": {"image_tag_mutability": "IMMUTABLE"}, "after_unknown": {}}}, {"address": "aws_ecr_repository.b", "mode": "managed", "type": "aws_ecr_repository", "name": "b", "change": {"actions": ["create"], "after": {"image_tag_mutability": "IMMUTABLE_WITH_EXCLUSION"}, "after_unknown": {}}}]}
	count(found) == 0
}

test_fail_mutable if {
	found := {v.path[1] | some v in ecr_mutable_tags.violation} with input as {"resource_changes": [{"address": "aws_ecr_repository.a", "mode": "managed", "type": "aws_ecr_repository", "name": "a", "change": {"actions": ["create"], "after": {}, "after_unknown": {}}}, {"address": "aws_ecr_repository.b", "mode": "managed", "type": "aws_ecr_repository", "name": "b", "change": {"actions": ["create"], "after": {"image_tag_mutability": "MUTABLE"}, "after_unknown": {}}}]}
	found == {0, 1}
}
