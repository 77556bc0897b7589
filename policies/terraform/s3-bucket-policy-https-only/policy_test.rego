# Unit tests for terraform/s3-bucket-policy-https-only: the fixture cases, in miniature, and the
# edge cases (condition spellings, policies known only after apply) that fixtures do not show.
package palisade.terraform.s3_bucket_policy_https_only_test

import data.palisade.terraform.s3_bucket_policy_https_only

_p(name, policy, unknown) := {"address": sprintf("aws_s3_bucket_policy.%s", [name]), "type": "aws_s3_bucket_policy", "change": {"actions": ["create"], "after": object.union({"bucket": "b"}, policy), "after_unknown": unknown}}

_deny(cond) := {"policy": json.marshal({"Statement": [{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "arn:aws:s3:::b/*", "Condition": cond}]})}

test_pass_denies_http if {
	found := {v.path | some v in s3_bucket_policy_https_only.violation} with input as {"resource_changes": [
		_p("string", _deny({"Bool": {"aws:SecureTransport": "false"}}), {}),
		_p("list_and_case", _deny({"bool": {"aws:securetransport": [false]}}), {}),
		_p("after_apply", {}, {"policy": true}),
	]}
	count(found) == 0
}

test_fail_allows_http if {
	found := {v.path | some v in s3_bucket_policy_https_only.violation} with input as {"resource_changes": [
		_p("no_deny", {"policy": json.marshal({"Statement": {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "true"}}}})}, {}),
		_p("deny_other", _deny({"IpAddress": {"aws:SourceIp": "8.8.8.8/32"}}), {}),
	]}
	found == {["resource_changes", 0, "change", "after", "policy"], ["resource_changes", 1, "change", "after", "policy"]}
}

test_fail_message_names_resource if {
	some v in s3_bucket_policy_https_only.violation with input as {"resource_changes": [_p("data", _deny({}), {})]}
	contains(v.msg, "aws_s3_bucket_policy.data")
}
