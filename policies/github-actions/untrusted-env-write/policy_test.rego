# Unit tests for github-actions/untrusted-env-write: each fixture (as many findings as it marks) and the
# edge cases, with the exact routes findings must report.
package palisade.github_actions.untrusted_env_write_test

import data.palisade.github_actions.untrusted_env_write

test_pass_push_only if {
	found := untrusted_env_write.violation with input as {
		"name": "Build",
		"on": "push",
		"permissions": {
			"contents": "read"
		},
		"jobs": {
			"build": {
				"runs-on": "ubuntu-24.04",
				"steps": [
					{
						"run": "echo \"VERSION=$(git describe --tags)\" >> \"$GITHUB_ENV\""
					}
				]
			}
		}
	}
	count(found) == 0
}

test_fail_workflow_run if {
	found := untrusted_env_write.violation with input as {
		"name": "Publish results",
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
			"contents": "read",
			"actions": "read"
		},
		"jobs": {
			"publish": {
				"runs-on": "ubuntu-24.04",
				"steps": [
					{
						"uses": "actions/download-artifact@d3f86a106a0bac45b974a628896c90dbdf5c8093",
						"with": {
							"name": "pr-info",
							"run-id": "${{ github.event.workflow_run.id }}",
							"github-token": "${{ github.token }}"
						}
					},
					{
						"name": "Load PR info",
						"run": "echo \"PR_NUMBER=$(cat pr-number.txt)\" >> \"$GITHUB_ENV\"\necho \"$PWD/tools\" >> $GITHUB_PATH\n"
					}
				]
			}
		}
	}
	count(found) == 1
}
