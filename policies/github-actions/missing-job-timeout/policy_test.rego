# Unit tests for github-actions/missing-job-timeout: jobs on runners, reusable-workflow calls.
package palisade.github_actions.missing_job_timeout_test

import data.palisade.github_actions.missing_job_timeout as policy

test_job_without_timeout if {
	found := {v.path | some v in policy.violation} with input as {"jobs": {"a": {"runs-on": "x"}, "b": {"runs-on": "x", "timeout-minutes": "${{ inputs.t }}"}}}
	found == {["jobs", "a", "runs-on"]}
}

test_reusable_workflow_call if {
	count(policy.violation) == 0 with input as {"jobs": {"c": {"uses": "o/r/.github/workflows/w.yml@v1"}}}
}
