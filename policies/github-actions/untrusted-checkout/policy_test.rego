# Unit tests for github-actions/untrusted-checkout: each fixture (as many findings as it marks) and the
# edge cases, with the exact routes findings must report.
package palisade.github_actions.untrusted_checkout_test

import data.palisade.github_actions.untrusted_checkout

test_pass_base_checkout if {
	found := untrusted_checkout.violation with input as {
		"name": "Label",
		"on": "pull_request_target",
		"permissions": {
			"contents": "read",
			"pull-requests": "write"
		},
		"jobs": {
			"label": {
				"runs-on": "ubuntu-24.04",
				"steps": [
					{
						"uses": "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683",
						"with": {
							"persist-credentials": false
						}
					},
					{
						"run": "./scripts/label.sh"
					}
				]
			}
		}
	}
	count(found) == 0
}

test_fail_pwn_request if {
	found := untrusted_checkout.violation with input as {
		"name": "Test fork PRs",
		"on": {
			"pull_request_target": {
				"types": [
					"labeled"
				]
			}
		},
		"permissions": {
			"contents": "read"
		},
		"jobs": {
			"test": {
				"if": "contains(github.event.pull_request.labels.*.name, 'safe to test')",
				"runs-on": "ubuntu-24.04",
				"steps": [
					{
						"uses": "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683",
						"with": {
							"ref": "${{ github.event.pull_request.head.sha }}",
							"persist-credentials": false
						}
					},
					{
						"run": "npm ci && npm test",
						"env": {
							"NPM_TOKEN": "${{ secrets.NPM_TOKEN }}"
						}
					}
				]
			}
		}
	}
	count(found) == 2
}

test_fail_workflow_run if {
	found := untrusted_checkout.violation with input as {
		"name": "Report coverage",
		"on": {
			"workflow_run": {
				"workflows": [
					"CI"
				],
				"types": [
					"completed"
				]
			}
		},
		"permissions": {
			"contents": "read"
		},
		"jobs": {
			"report": {
				"runs-on": "ubuntu-24.04",
				"steps": [
					{
						"uses": "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683",
						"with": {
							"ref": "${{ github.event.workflow_run.head_branch }}",
							"persist-credentials": false
						}
					},
					{
						"run": "make coverage-report"
					}
				]
			}
		}
	}
	count(found) == 2
}

test_pull_request_is_fine if {
	found := {v.path | some v in untrusted_checkout.violation} with input as {
		"on": "pull_request",
		"jobs": {
			"a": {
				"runs-on": "ubuntu-latest",
				"steps": [
					{
						"uses": "actions/checkout@v4",
						"with": {
							"ref": "${{ github.event.pull_request.head.sha }}"
						}
					}
				]
			}
		}
	}
	count(found) == 0
}

test_comment_refs_env_and_gates if {
	found := untrusted_checkout.violation with input as {
		"on": "issue_comment",
		"jobs": {
			"a": {"env": {"R": "${{ github.event.issue.number }}"}, "steps": [{"uses": "actions/checkout@v4", "with": {"ref": "refs/pull/${{ env.R }}/head"}}]},
			"b": {"if": "github.actor == 'maintainer'", "steps": [{"uses": "actions/checkout@v4", "with": {"ref": "${{ github.head_ref }}"}}]},
			"c": {"steps": [{"uses": "actions/checkout@v4", "with": {"ref": "main"}}]},
		},
	}
	{[v.path[1], object.get(v, "profile", "default")] | some v in found} == {["a", "default"], ["b", "strict"]}
}
