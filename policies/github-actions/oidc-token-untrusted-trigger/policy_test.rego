# Unit tests for github-actions/oidc-token-untrusted-trigger.
package palisade.github_actions.oidc_token_untrusted_trigger_test

import data.palisade.github_actions.oidc_token_untrusted_trigger as policy

test_job_level_grant if {
	found := {v.path | some v in policy.violation} with input as {"on": ["pull_request_target"], "jobs": {"a": {"permissions": {"id-token": "write"}}, "b": {"permissions": "write-all", "environment": "x"}}}
	found == {["jobs", "a", "permissions"]}
}

test_trusted_trigger if {
	count(policy.violation) == 0 with input as {"on": "push", "permissions": {"id-token": "write"}}
	count(policy.violation) == 0 with input as {"on": "pull_request_target", "permissions": {"id-token": "read"}}
}
