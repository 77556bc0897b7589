# Unit tests for github-actions/artifact-poisoning: which downloads count as another run's, where
# they land, and whether workspace code runs after them.
package palisade.github_actions.artifact_poisoning_test

import data.palisade.github_actions.artifact_poisoning as policy

_wf(on, steps) := {"on": on, "jobs": {"j": {"steps": steps}}}

test_workflow_run_download_then_build if {
	found := {v.path | some v in policy.violation} with input as _wf("workflow_run", [{"uses": "actions/download-artifact@v4"}, {"run": "npm ci"}])
	found == {["jobs", "j", "steps", 0]}
}

test_script_download_on_pull_request_target if {
	steps := [
		{"uses": "actions/github-script@v7", "with": {"script": "const d = await github.rest.actions.downloadArtifact({});\nfs.writeFileSync('a.zip', d)"}},
		{"uses": "./.github/actions/report"},
	]
	count(policy.violation) == 1 with input as _wf("pull_request_target", steps)
}

test_same_run_or_outside_workspace_or_nothing_run if {
	count(policy.violation) == 0 with input as _wf("pull_request_target", [{"uses": "actions/download-artifact@v4"}, {"run": "make"}])
	count(policy.violation) == 0 with input as _wf("workflow_run", [{"uses": "actions/download-artifact@v4", "with": {"path": "/tmp/a"}}, {"run": "make"}])
	count(policy.violation) == 0 with input as _wf("workflow_run", [{"uses": "actions/download-artifact@v4"}, {"run": "cat pr.txt"}])
	count(policy.violation) == 0 with input as _wf("push", [{"uses": "dawidd6/action-download-artifact@v6"}, {"run": "make"}])
}
