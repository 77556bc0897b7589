# Unit tests for github-actions/dangerous-trigger: each fixture (as many findings as it marks) and the
# edge cases, with the exact routes findings must report.
package palisade.github_actions.dangerous_trigger_test

import data.palisade.github_actions.dangerous_trigger

test_pass_pull_request if {
	found := dangerous_trigger.violation with input as {
		"name": "CI",
		"on": {
			"pull_request": {
				"branches": [
					"main"
				]
			}
		},
		"permissions": {
			"contents": "read"
		},
		"jobs": {
			"test": {
				"runs-on": "ubuntu-24.04",
				"steps": [
					{
						"run": "make test"
					}
				]
			}
		}
	}
	count(found) == 0
}

test_fail_pull_request_target if {
	found := dangerous_trigger.violation with input as {
		"name": "Welcome",
		"on": {
			"pull_request_target": {
				"types": [
					"opened"
				]
			}
		},
		"permissions": {
			"pull-requests": "write"
		},
		"jobs": {
			"welcome": {
				"runs-on": "ubuntu-24.04",
				"steps": [
					{
						"run": "gh pr comment \"$PR\" --body \"Thanks!\"",
						"env": {
							"PR": "${{ github.event.pull_request.html_url }}",
							"GH_TOKEN": "${{ github.token }}"
						}
					}
				]
			}
		}
	}
	count(found) == 1
}

test_fail_list_triggers if {
	found := dangerous_trigger.violation with input as {
		"name": "Follow-up",
		"on": [
			"push",
			"workflow_run"
		],
		"permissions": {
			"contents": "read"
		},
		"jobs": {
			"follow": {
				"runs-on": "ubuntu-24.04",
				"steps": [
					{
						"run": "echo follow-up"
					}
				]
			}
		}
	}
	count(found) == 1
}

test_string_trigger if {
	found := {v.path | some v in dangerous_trigger.violation} with input as {
		"on": "pull_request_target",
		"jobs": {}
	}
	found == {["on"]}
}
