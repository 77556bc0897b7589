# Unit tests for github-actions/secrets-outside-environment.
package palisade.github_actions.secrets_outside_environment_test

import data.palisade.github_actions.secrets_outside_environment as policy

test_secrets_without_environment if {
	found := {v.path | some v in policy.violation} with input as {"jobs": {
		"a": {"steps": [{"with": {"t": "${{ secrets['NPM'] }}"}}]},
		"b": {"environment": {"name": "prod"}, "steps": [{"env": {"T": "${{ secrets.X }}"}}]},
	}}
	found == {["jobs", "a"]}
}

test_job_token_is_not_a_stored_secret if {
	count(policy.violation) == 0 with input as {"jobs": {"c": {"steps": [{"env": {"T": "${{ secrets.GITHUB_TOKEN }}"}}]}}}
}
