# Unit tests for github-actions/default-permissions-untrusted-trigger: jobs with the default token
# in workflows outsiders start, and the cases that are not.
package palisade.github_actions.default_permissions_untrusted_trigger_test

import data.palisade.github_actions.default_permissions_untrusted_trigger as policy

test_fail_comment_bot if {
	found := {v.path | some v in policy.violation} with input as {
		"on": {"issue_comment": {"types": ["created"]}},
		"jobs": {"label": {"steps": [{"run": "x"}]}, "scoped": {"permissions": {"issues": "write"}, "steps": []}},
	}
	found == {["jobs", "label"]}
}

test_pass_declared_at_the_top if {
	count(policy.violation) == 0 with input as {"on": "pull_request_target", "permissions": {"contents": "read"}, "jobs": {"a": {"steps": []}}}
}

test_pass_trusted_triggers if {
	count(policy.violation) == 0 with input as {"on": ["push", "pull_request"], "jobs": {"a": {"steps": []}}}
}
