# Unit tests for github-actions/action-input-injection: interpreted inputs, data inputs and
# github-script (template-injection's).
package palisade.github_actions.action_input_injection_test

import data.palisade.github_actions.action_input_injection as policy

_wf(step) := {"on": "issue_comment", "jobs": {"j": {"steps": [step]}}}

test_interpreted_inputs if {
	count(policy.violation) == 1 with input as _wf({"uses": "a/b@v1", "with": {"URL": "https://x/${{ github.event.comment.body }}"}})
	count(policy.violation) == 1 with input as _wf({"uses": "a/b@v1", "env": {"C": "${{ github.event.comment.body }}"}, "with": {"command": "${{ env.C }}"}})
}

test_data_inputs if {
	count(policy.violation) == 0 with input as _wf({"uses": "a/b@v1", "with": {"body": "${{ github.event.comment.body }}", "args": "${{ github.event.issue.number }}"}})
	count(policy.violation) == 0 with input as _wf({"uses": "actions/github-script@v7", "with": {"script": "${{ github.event.comment.body }}"}})
}
