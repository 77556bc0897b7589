# Unit tests for github-actions/secrets-in-artifacts: persisted checkouts, upload versions and paths.
package palisade.github_actions.secrets_in_artifacts_test

import data.palisade.github_actions.secrets_in_artifacts as policy

_wf(checkout, upload) := {"jobs": {"j": {"steps": [checkout, upload]}}}

test_checkout_folder_uploaded_with_hidden_files if {
	count(policy.violation) == 1 with input as _wf({"uses": "actions/checkout@v4", "with": {"path": "foo"}}, {"uses": "actions/upload-artifact@v4.3.2", "with": {"path": "foo/*"}})
	count(policy.violation) == 1 with input as _wf({"uses": "actions/checkout@v4", "with": {"persist-credentials": true}}, {"uses": "actions/upload-artifact@v2", "with": {"path": "*"}})
}

test_other_folder_or_hidden_files_excluded if {
	count(policy.violation) == 0 with input as _wf({"uses": "actions/checkout@v4", "with": {"path": "pr"}}, {"uses": "actions/upload-artifact@v3", "with": {"path": "foo"}})
	count(policy.violation) == 0 with input as _wf({"uses": "actions/checkout@v4"}, {"uses": "actions/upload-artifact@v4.4.0", "with": {"path": "."}})
}

test_upload_sha_judged_by_its_version_comment if {
	count(policy.violation) == 1 with input as object.union(_wf({"uses": "actions/checkout@v4"}, {"uses": "actions/upload-artifact@1746f4ab65b179e0ea60a494b83293b640dd5bba", "with": {"path": "."}}), {"x-palisade": {"uses_versions": {"jobs/j/steps/1": "v4.3.2"}}})
	count(policy.violation) == 0 with input as object.union(_wf({"uses": "actions/checkout@v4"}, {"uses": "actions/upload-artifact@1746f4ab65b179e0ea60a494b83293b640dd5bba", "with": {"path": "."}}), {"x-palisade": {"uses_versions": {"jobs/j/steps/1": "v4.4.3"}}})
	count(policy.violation) == 0 with input as _wf({"uses": "actions/checkout@v4"}, {"uses": "actions/upload-artifact@1746f4ab65b179e0ea60a494b83293b640dd5bba", "with": {"path": "."}})
}
