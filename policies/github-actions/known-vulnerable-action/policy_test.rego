# Unit tests for github-actions/known-vulnerable-action: version parsing and ranges.
package palisade.github_actions.known_vulnerable_action_test

import data.palisade.github_actions.known_vulnerable_action as policy

_wf(uses) := {"jobs": {"j": {"steps": [{"uses": uses}]}}}

test_affected_releases if {
	count(policy.violation) == 1 with input as _wf("actions/download-artifact@4.1.6")
	count(policy.violation) == 1 with input as _wf("tj-actions/changed-files@v35.7.6")
	count(policy.violation) == 1 with input as _wf("tj-actions/changed-files@v42.0.0")
	count(policy.violation) == 1 with input as {"jobs": {"j": {"uses": "kartverket/github-workflows/.github/workflows/run-terraform.yml@v2.7.1"}}}
}

test_fixed_floating_or_unaffected if {
	count(policy.violation) == 0 with input as _wf("actions/download-artifact@v4.1.7")
	count(policy.violation) == 0 with input as _wf("actions/download-artifact@v3.9.9")
	count(policy.violation) == 0 with input as _wf("tj-actions/changed-files@v46")
	count(policy.violation) == 0 with input as _wf("tj-actions/changed-files@main")
}
