# Unit tests for github-actions/spoofable-bot-condition: each fixture (as many findings as it marks) and the
# edge cases, with the exact routes findings must report.
package palisade.github_actions.spoofable_bot_condition_test

import data.palisade.github_actions.spoofable_bot_condition

test_pass_author_check if {
	found := spoofable_bot_condition.violation with input as {
		"name": "Dependabot auto-merge",
		"on": "pull_request_target",
		"permissions": {
			"contents": "read",
			"pull-requests": "write"
		},
		"jobs": {
			"automerge": {
				"if": "github.event.pull_request.user.login == 'dependabot[bot]'",
				"runs-on": "ubuntu-24.04",
				"steps": [
					{
						"run": "gh pr merge --auto --squash \"$PR_URL\"",
						"env": {
							"PR_URL": "${{ github.event.pull_request.html_url }}",
							"GH_TOKEN": "${{ secrets.GITHUB_TOKEN }}"
						}
					}
				]
			}
		}
	}
	count(found) == 0
}

test_fail_actor_check if {
	found := spoofable_bot_condition.violation with input as {
		"name": "Dependabot auto-merge",
		"on": "pull_request_target",
		"permissions": {
			"contents": "read",
			"pull-requests": "write"
		},
		"jobs": {
			"automerge": {
				"if": "github.actor == 'dependabot[bot]'",
				"runs-on": "ubuntu-24.04",
				"steps": [
					{
						"run": "gh pr merge --auto --squash \"$PR_URL\"",
						"env": {
							"PR_URL": "${{ github.event.pull_request.html_url }}",
							"GH_TOKEN": "${{ secrets.GITHUB_TOKEN }}"
						}
					},
					{
						"name": "Approve",
						"if": "${{ 'renovate[bot]' == github.triggering_actor }}",
						"run": "gh pr review --approve \"$PR_URL\"",
						"env": {
							"PR_URL": "${{ github.event.pull_request.html_url }}",
							"GH_TOKEN": "${{ secrets.GITHUB_TOKEN }}"
						}
					}
				]
			}
		}
	}
	count(found) == 2
}

test_every_spelling_of_the_actor if {
	conds := [
		"github['actor'] == 'dependabot[bot]'",
		"github.actor_id == '49699333'",
		"github.triggering_actor == \"renovate[bot]\"",
		"'dependabot[bot]' == github.event.sender.login",
		"endsWith(github.actor, '[bot]')",
	]
	every c in conds {
		count(spoofable_bot_condition.violation) == 1 with input as {"jobs": {"j": {"if": c, "steps": []}}}
	}
	count(spoofable_bot_condition.violation) == 0 with input as {"jobs": {"j": {"if": "github.event.pull_request.user.login == 'dependabot[bot]'", "steps": []}}}
}
