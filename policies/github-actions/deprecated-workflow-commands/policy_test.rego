# Unit tests for github-actions/deprecated-workflow-commands.
package palisade.github_actions.deprecated_workflow_commands_test

import data.palisade.github_actions.deprecated_workflow_commands as policy

test_stdout_commands if {
	found := {v.path | some v in policy.violation} with input as {"jobs": {"j": {"steps": [{"run": "echo \"::save-state name=a::b\""}, {"run": "a\necho ::set-output name=x::1\n"}]}}}
	found == {["jobs", "j", "steps", 0, "run"], ["jobs", "j", "steps", 1, "run", 1]}
}

test_current_commands if {
	count(policy.violation) == 0 with input as {"jobs": {"j": {"steps": [{"run": "echo ::add-mask::x\necho \"x=1\" >> $GITHUB_OUTPUT\necho ::notice::done"}]}}}
}
