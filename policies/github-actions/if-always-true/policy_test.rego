# Unit tests for github-actions/if-always-true: conditions GitHub reads as strings, and the ones it
# evaluates.
package palisade.github_actions.if_always_true_test

import data.palisade.github_actions.if_always_true as policy

test_text_around_expressions if {
	conds := ["${{ a }} == 'b'", " ${{ a }}", "${{ a }}\n", "${{ a }} ${{ b }}", "${{ a }} || b"]
	every c in conds {
		count(policy.violation) == 1 with input as {"jobs": {"j": {"steps": [{"if": c, "run": "x"}]}}}
	}
}

test_evaluated_conditions if {
	conds := ["${{ a }}", "a == 'b'", "${{ a ||\n b }}", "success()"]
	every c in conds {
		count(policy.violation) == 0 with input as {"jobs": {"j": {"if": c, "steps": [{"if": c, "run": "x"}]}}}
	}
}

test_composite_action_step if {
	found := {v.path | some v in policy.violation} with input as {"runs": {"using": "composite", "steps": [{"if": "${{ x }}\n", "run": "ls", "shell": "bash"}]}}
	found == {["runs", "steps", 0, "if"]}
}
