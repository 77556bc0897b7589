# Unit tests for github-actions/debug-logging-enabled: the two debug variables at every level, and
# values that do not switch them on.
package palisade.github_actions.debug_logging_enabled_test

import data.palisade.github_actions.debug_logging_enabled as policy

test_every_level if {
	found := {v.path | some v in policy.violation} with input as {
		"env": {"ACTIONS_RUNNER_DEBUG": true},
		"jobs": {"b": {"env": {"ACTIONS_STEP_DEBUG": "true"}, "steps": [{"env": {"ACTIONS_STEP_DEBUG": "True"}, "run": "x"}]}},
	}
	found == {[], ["jobs", "b"], ["jobs", "b", "steps", 0]}
}

test_off_or_other_variables if {
	count(policy.violation) == 0 with input as {"env": {"ACTIONS_STEP_DEBUG": false, "DEBUG": true}, "jobs": {"b": {"steps": []}}}
}
