# Unit tests for github-actions/use-trusted-publishing.
package palisade.github_actions.use_trusted_publishing_test

import data.palisade.github_actions.use_trusted_publishing as policy

test_registry_tokens if {
	found := {v.path | some v in policy.violation} with input as {"jobs": {"j": {"steps": [
		{"run": "python -m build\ntwine upload dist/*", "env": {"TWINE_PASSWORD": "${{ secrets.PYPI }}", "TWINE_USERNAME": "__token__"}},
		{"run": "cargo publish", "env": {"CARGO_REGISTRY_TOKEN": "${{ secrets.CRATES }}"}},
	]}}}
	found == {["jobs", "j", "steps", 0, "env", "TWINE_PASSWORD"], ["jobs", "j", "steps", 1, "env", "CARGO_REGISTRY_TOKEN"]}
}

test_token_without_publishing if {
	count(policy.violation) == 0 with input as {"jobs": {"j": {"steps": [{"run": "cargo build", "env": {"CARGO_REGISTRY_TOKEN": "${{ secrets.CRATES }}"}}]}}}
}
