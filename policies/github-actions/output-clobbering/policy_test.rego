# Unit tests for github-actions/output-clobbering: name=value writes of untrusted data, printing
# in ::set-output steps, and the safe forms.
package palisade.github_actions.output_clobbering_test

import data.palisade.github_actions.output_clobbering as policy

_wf(on, steps) := {"on": on, "jobs": {"j": {"steps": steps}}}

test_untrusted_name_value if {
	found := {v.path | some v in policy.violation} with input as _wf("issue_comment", [{"env": {"B": "${{ github.event.comment.body }}"}, "run": "echo ok\necho \"x=$B\" >> $GITHUB_OUTPUT"}])
	found == {["jobs", "j", "steps", 0, "run", 1]}
}

test_artifact_value if {
	steps := [{"uses": "dawidd6/action-download-artifact@v6"}, {"run": "echo \"pr=$(<pr-number)\" >> $GITHUB_OUTPUT"}]
	count(policy.violation) == 1 with input as _wf("workflow_run", steps)
}

test_printing_with_set_output if {
	count(policy.violation) == 1 with input as _wf("issue_comment", [{"env": {"B": "${{ github.event.comment.body }}"}, "run": "echo $B\necho \"::set-output name=o::x\""}])
	count(policy.violation) == 0 with input as _wf("issue_comment", [{"env": {"B": "${{ github.event.comment.body }}"}, "run": "echo $B\necho \"o=x\" >> $GITHUB_OUTPUT"}])
}

test_constants_and_trusted if {
	count(policy.violation) == 0 with input as _wf("push", [{"run": "echo \"v=$(cat VERSION)\" >> $GITHUB_OUTPUT"}])
	count(policy.violation) == 0 with input as _wf("issue_comment", [{"run": "echo \"n=${{ github.event.issue.number }}\" >> $GITHUB_OUTPUT"}])
}
