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
						"run": "echo \"PR_NUMBER=$(cat pr-number.txt)\" >> \"$GITHUB_ENV\"\necho \"$PWD/tools\" >> $GITHUB_PATH\necho \"X=1\" >> $GITHUB_ENV\n"
					}
				]
			}
		}
	}
	# The artifact read by default; the computed PATH entry only in the strict profile; the
	# constant not at all. Each on its own line of the script.
	{[v.path, object.get(v, "profile", "default")] | some v in found} == {
		[["jobs", "publish", "steps", 1, "run", 0], "default"],
		[["jobs", "publish", "steps", 1, "run", 1], "strict"],
	}
}

test_variable_assigned_from_a_file if {
	found := untrusted_env_write.violation with input as {
		"on": "pull_request_target",
		"jobs": {"a": {"steps": [{"run": "PR=$(head -n 1 pr/number)\nIP=$(kubectl get svc -o name)\necho \"N=$PR\" >> $GITHUB_ENV\necho \"IP=$IP\" >> $GITHUB_ENV"}]}},
	}
	{[v.path[5], object.get(v, "profile", "default")] | some v in found} == {[2, "default"], [3, "strict"]}
}

test_template_expression_is_left_to_template_injection if {
	found := untrusted_env_write.violation with input as {
		"on": "pull_request_target",
		"jobs": {"a": {"steps": [{"run": "echo T=${{ github.event.pull_request.title }} >> $GITHUB_ENV"}]}},
	}
	count(found) == 0
}

test_grouped_and_heredoc_writes if {
	wf := {"on": "pull_request_target", "jobs": {"j": {"steps": [
		{"env": {"T": "${{ github.event.pull_request.title }}"}, "run": "{\n  echo 'A<<EOF'\n  echo \"$T\"\n  echo EOF\n} >> \"$GITHUB_ENV\"\necho done"},
		{"env": {"T": "${{ github.event.pull_request.title }}"}, "run": "cat <<-EOF >> \"$GITHUB_ENV\"\nFOO=$T\nEOF\necho done"},
		{"run": "{\n  echo 'A<<EOF'\n  echo constant\n  echo EOF\n} >> \"$GITHUB_ENV\""},
	]}}}
	found := {v.path | some v in untrusted_env_write.violation; not v.profile} with input as wf
	found == {["jobs", "j", "steps", 0, "run", 2], ["jobs", "j", "steps", 1, "run", 1]}
}
