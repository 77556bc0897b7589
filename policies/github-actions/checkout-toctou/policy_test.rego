# Unit tests for github-actions/checkout-toctou: gates, mutable and pinned refs, triggers.
package palisade.github_actions.checkout_toctou_test

import data.palisade.github_actions.checkout_toctou as policy

_wf(on, job) := {"on": on, "jobs": {"j": job}}

_checkout(ref) := {"uses": "actions/checkout@v4", "with": {"ref": ref}}

test_gated_mutable_refs if {
	count(policy.violation) == 1 with input as _wf("issue_comment", {"if": "github.event.comment.author_association == 'MEMBER'", "steps": [_checkout("refs/pull/${{ github.event.issue.number }}/merge")]})
	count(policy.violation) == 1 with input as _wf("pull_request_target", {"environment": "ci", "steps": [_checkout("${{ steps.pr.outputs.head_ref }}")]})
	count(policy.violation) == 1 with input as _wf("pull_request_target", {"steps": [object.union(_checkout("${{ github.head_ref }}"), {"if": "contains(github.event.pull_request.labels.*.name, 'ok')"})]})
}

test_pinned_ungated_or_unprivileged if {
	count(policy.violation) == 0 with input as _wf("pull_request_target", {"environment": "ci", "steps": [_checkout("${{ github.event.pull_request.head.sha }}")]})
	count(policy.violation) == 0 with input as _wf("pull_request_target", {"steps": [_checkout("${{ github.head_ref }}")]})
	count(policy.violation) == 0 with input as _wf("pull_request", {"environment": "ci", "steps": [_checkout("${{ github.head_ref }}")]})
}
