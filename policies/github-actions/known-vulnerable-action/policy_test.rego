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

# A SHA is judged by the release its comment names (kept by the loader under x-palisade); a SHA
# without one, or a comment on a tag, is not.
test_sha_judged_by_its_version_comment if {
	count(policy.violation) == 1 with input as object.union(_wf("actions/download-artifact@eaceaf801fd36c7dee90939fad912460b18a1ffe"), {"x-palisade": {"uses_versions": {"jobs/j/steps/0": "v4.1.2"}}})
	count(policy.violation) == 1 with input as {"jobs": {"j": {"uses": "kartverket/github-workflows/.github/workflows/run-terraform.yml@eaceaf801fd36c7dee90939fad912460b18a1ffe"}}, "x-palisade": {"uses_versions": {"jobs/j": "v2.2"}}}
	count(policy.violation) == 0 with input as object.union(_wf("actions/download-artifact@fa0a91b85d4f404e444e00e005971372dc801d16"), {"x-palisade": {"uses_versions": {"jobs/j/steps/0": "v4.1.8"}}})
	count(policy.violation) == 0 with input as _wf("actions/download-artifact@eaceaf801fd36c7dee90939fad912460b18a1ffe")
	count(policy.violation) == 0 with input as object.union(_wf("actions/download-artifact@v4"), {"x-palisade": {"uses_versions": {"jobs/j/steps/0": "v4.1.2"}}})
}
