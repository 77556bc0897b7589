# Unit tests for terraform/efs-unencrypted: the fixture cases, in miniature, and the edge cases
# (known-after-apply values, deletions) that fixtures do not show.
package palisade.terraform.efs_unencrypted_test

import data.palisade.terraform.efs_unencrypted

_fs(name, after, unknown, actions) := {"address": sprintf("aws_efs_file_system.%s", [name]), "type": "aws_efs_file_system", "change": {"actions": actions, "after": after, "after_unknown": unknown}}

test_pass_encrypted if {
	found := {v.path | some v in efs_unencrypted.violation} with input as {"resource_changes": [
		_fs("on", {"encrypted": true}, {}, ["create"]),
		_fs("after_apply", {}, {"encrypted": true}, ["create"]),
		_fs("gone", null, {}, ["delete"]),
	]}
	count(found) == 0
}

test_fail_unencrypted if {
	found := {v.path | some v in efs_unencrypted.violation} with input as {"resource_changes": [
		_fs("missing", {"creation_token": "a"}, {}, ["create"]),
		_fs("off", {"encrypted": false}, {}, ["update"]),
	]}
	found == {["resource_changes", 0, "change", "after"], ["resource_changes", 1, "change", "after", "encrypted"]}
}

test_fail_message_names_resource if {
	some v in efs_unencrypted.violation with input as {"resource_changes": [_fs("shared", {}, {}, ["create"])]}
	contains(v.msg, "aws_efs_file_system.shared")
}
