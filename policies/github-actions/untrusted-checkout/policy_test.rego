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

# A reusable workflow runs with its caller's event: a pull_request_target caller that passes the
# head SHA makes its checkout of that input a checkout of untrusted code.
test_reusable_workflow_called_from_pull_request_target if {
	callee := {
		"on": {"workflow_call": {"inputs": {"sha": {"type": "string"}}}},
		"jobs": {"build": {"steps": [
			{"uses": "actions/checkout@v4", "with": {"ref": "${{ inputs.sha }}"}},
			{"run": "make"},
		]}},
		"x-palisade": {"path": ".github/workflows/build.yml"},
	}
	caller := {"on": "pull_request_target", "jobs": {"c": {"uses": "./.github/workflows/build.yml", "with": {"sha": "${{ github.event.pull_request.head.sha }}"}}}}
	found := untrusted_checkout.violation with input as callee with data.inventory as {"github": {"workflows": {".github/workflows/pr.yml": caller}, "actions": {}}}
	{v.path | some v in found} == {["jobs", "build", "steps", 0, "with", "ref"], ["jobs", "build", "steps", 1]}
	every v in found {
		contains(v.msg, "pull_request_target (called from .github/workflows/pr.yml (job \"c\")) workflow")
	}
	# Alone, or called from a push, it checks out what it is given.
	count(untrusted_checkout.violation) == 0 with input as callee
	push := object.union(caller, {"on": "push"})
	count(untrusted_checkout.violation) == 0 with input as callee with data.inventory as {"github": {"workflows": {".github/workflows/pr.yml": push}, "actions": {}}}
}

# A call that only same-repository pull requests or a maintainer's approval reach brings no
# outsider's event into the reusable workflow.
test_reusable_workflow_called_behind_a_guard if {
	callee := {
		"on": {"workflow_call": {"inputs": {"sha": {"type": "string"}}}},
		"jobs": {"build": {"steps": [{"uses": "actions/checkout@v4", "with": {"ref": "${{ inputs.sha }}"}}, {"run": "make"}]}},
		"x-palisade": {"path": ".github/workflows/build.yml"},
	}
	call := {"uses": "./.github/workflows/build.yml", "with": {"sha": "${{ github.event.pull_request.head.sha }}"}}
	same_repo := {"on": "pull_request_target", "jobs": {"c": object.union(call, {"if": "github.event.pull_request.head.repo.full_name == github.repository"})}}
	approved := {"on": "pull_request_target", "jobs": {"ok": {"environment": "external"}, "c": object.union(call, {"needs": "ok"})}}
	count(untrusted_checkout.violation) == 0 with input as callee with data.inventory as {"github": {"workflows": {"a.yml": same_repo}, "actions": {}}}
	count(untrusted_checkout.violation) == 0 with input as callee with data.inventory as {"github": {"workflows": {"a.yml": approved}, "actions": {}}}
}
