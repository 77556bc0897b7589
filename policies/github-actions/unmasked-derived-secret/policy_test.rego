# Unit tests for github-actions/unmasked-derived-secret: fields of JSON secrets in any spelling,
# and plain secrets.
package palisade.github_actions.unmasked_derived_secret_test

import data.palisade.github_actions.unmasked_derived_secret as policy

test_derived_fields if {
	found := {v.path | some v in policy.violation} with input as {"jobs": {"j": {"steps": [{"with": {"a": "${{ FROMJSON(secrets.X).a }}"}, "run": "x\necho ${{ fromJson(secrets.Y).b }}\n"}]}}}
	found == {["jobs", "j", "steps", 0, "with", "a"], ["jobs", "j", "steps", 0, "run", 1]}
}

test_plain_secrets if {
	count(policy.violation) == 0 with input as {"jobs": {"j": {"env": {"A": "${{ secrets.A }}", "B": "${{ fromJSON(needs.x.outputs.y) }}"}}}}
}
