# Unit tests for github-actions/template-injection: each fixture (as many findings as it marks) and the
# edge cases, with the exact routes findings must report.
package palisade.github_actions.template_injection_test

import data.palisade.github_actions.template_injection

test_pass_env_indirection if {
	found := template_injection.violation with input as {
		"name": "Triage",
		"on": {
			"issues": {
				"types": [
					"opened"
				]
			}
		},
		"permissions": {
			"issues": "write"
		},
		"jobs": {
			"triage": {
				"runs-on": "ubuntu-24.04",
				"steps": [
					{
						"name": "Label from title",
						"env": {
							"TITLE": "${{ github.event.issue.title }}",
							"NUMBER": "${{ github.event.issue.number }}"
						},
						"run": "if [[ \"$TITLE\" == *\"[bug]\"* ]]; then\n  gh issue edit \"$NUMBER\" --add-label bug\nfi\n"
					},
					{
						"uses": "actions/github-script@60a0d83039c74a4aee543508d2ffcb1c3799cdea",
						"env": {
							"BODY": "${{ github.event.issue.body }}"
						},
						"with": {
							"script": "const body = process.env.BODY;\nconsole.log(`issue #${context.issue.number}: ${body.length} chars`);\n"
						}
					}
				]
			}
		}
	}
	count(found) == 0
}

test_fail_injected if {
	found := template_injection.violation with input as {
		"name": "PR checks",
		"on": {
			"pull_request_target": null,
			"issue_comment": {
				"types": [
					"created"
				]
			}
		},
		"permissions": {
			"contents": "read",
			"pull-requests": "write"
		},
		"jobs": {
			"greet": {
				"runs-on": "ubuntu-24.04",
				"steps": [
					{
						"name": "Echo title",
						"run": "echo \"Checking ${{ github.event.pull_request.title }}\""
					},
					{
						"name": "Branch",
						"run": "git fetch origin \"${{ github.head_ref }}\"\necho \"done\"\n"
					},
					{
						"name": "Safe number",
						"run": "echo \"PR ${{ github.event.pull_request.number }}\""
					},
					{
						"uses": "actions/github-script@60a0d83039c74a4aee543508d2ffcb1c3799cdea",
						"with": {
							"script": "const comment = \"${{ github.event.comment.body }}\";\nawait github.rest.issues.createComment({ ...context.repo, issue_number: context.issue.number, body: `Got: ${comment}` });\n"
						}
					}
				]
			}
		}
	}
	count(found) == 3
}

test_commit_message if {
	found := {v.path | some v in template_injection.violation} with input as {
		"on": "push",
		"jobs": {
			"a": {
				"runs-on": "ubuntu-latest",
				"steps": [
					{
						"run": "echo \"${{ github.event.head_commit.message }}\" and ${{ github.event.commits[0].author.email }}"
					}
				]
			}
		}
	}
	found == {["jobs", "a", "steps", 0, "run"]}
}

test_composite_action if {
	found := {v.path | some v in template_injection.violation} with input as {
		"name": "x",
		"runs": {
			"using": "composite",
			"steps": [
				{
					"run": "echo \"${{ github.event.review.body }}\"",
					"shell": "bash"
				}
			]
		}
	}
	found == {["runs", "steps", 0, "run"]}
}

test_trusted_contexts if {
	found := {v.path | some v in template_injection.violation} with input as {
		"on": "push",
		"jobs": {
			"a": {
				"runs-on": "ubuntu-latest",
				"steps": [
					{
						"run": "echo \"${{ github.sha }} ${{ github.event.pull_request.number }} ${{ inputs.name }}\""
					}
				]
			}
		}
	}
	count(found) == 0
}

# A reusable workflow's input is attacker-controlled when a caller of the scan passes such data.
test_input_tainted_by_a_caller_in_the_scan if {
	callee := {
		"on": {"workflow_call": {"inputs": {"title": {"type": "string"}}}},
		"jobs": {"j": {"steps": [{"run": "echo \"${{ inputs.title }}\""}]}},
		"x-palisade": {"path": ".github/workflows/reusable.yml"},
	}
	inv := {"github": {"workflows": {".github/workflows/pr.yml": {"on": "pull_request_target", "jobs": {"c": {"uses": "./.github/workflows/reusable.yml", "with": {"title": "${{ github.event.pull_request.title }}"}}}}}, "actions": {}}}
	found := template_injection.violation with input as callee with data.inventory as inv
	[v.path | some v in found] == [["jobs", "j", "steps", 0, "run"]]
	every v in found {
		contains(v.msg, "passed by .github/workflows/pr.yml (job \"c\")")
	}
	count(template_injection.violation) == 0 with input as callee
}
