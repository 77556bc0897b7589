# Unit tests for github-actions/secrets-wholesale: wholesale and computed secret access anywhere in
# a workflow or action, and named access.
package palisade.github_actions.secrets_wholesale_test

import data.palisade.github_actions.secrets_wholesale as policy

test_wholesale_access if {
	found := {v.path | some v in policy.violation} with input as {
		"env": {"A": "${{ toJSON(secrets) }}"},
		"jobs": {"j": {"steps": [{"with": {"t": "${{ secrets[matrix.name] }}"}}, {"run": "a\necho ${{ tojson(secrets) }}\n"}]}},
	}
	found == {["env", "A"], ["jobs", "j", "steps", 0, "with", "t"], ["jobs", "j", "steps", 1, "run", 1]}
}

test_named_access if {
	count(policy.violation) == 0 with input as {"jobs": {"j": {"steps": [{"env": {"A": "${{ secrets.A }}", "B": "${{ secrets['B'] }}", "C": "${{ toJSON(github) }}"}}]}}}
}
