# Unit tests for github-actions/self-hosted-runner: each fixture (as many findings as it marks) and the
# edge cases, with the exact routes findings must report.
package palisade.github_actions.self_hosted_runner_test

import data.palisade.github_actions.self_hosted_runner

test_pass_hosted_for_prs if {
	found := self_hosted_runner.violation with input as {
		"name": "CI",
		"on": [
			"push",
			"pull_request"
		],
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

test_pass_self_hosted_on_push if {
	found := self_hosted_runner.violation with input as {
		"name": "Nightly",
		"on": {
			"schedule": [
				{
					"cron": "0 3 * * *"
				}
			]
		},
		"permissions": {
			"contents": "read"
		},
		"jobs": {
			"soak": {
				"runs-on": [
					"self-hosted",
					"linux",
					"gpu"
				],
				"steps": [
					{
						"run": "make soak"
					}
				]
			}
		}
	}
	count(found) == 0
}

test_fail_self_hosted_prs if {
	found := self_hosted_runner.violation with input as {
		"name": "CI",
		"on": {
			"pull_request": null,
			"push": {
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
				"runs-on": [
					"self-hosted",
					"linux"
				],
				"steps": [
					{
						"run": "make test"
					}
				]
			},
			"e2e": {
				"runs-on": "self-hosted",
				"steps": [
					{
						"run": "make e2e"
					}
				]
			},
			"gpu": {
				"runs-on": {
					"group": "gpu-runners",
					"labels": [
						"self-hosted",
						"gpu"
					]
				},
				"steps": [
					{
						"run": "make gpu-test"
					}
				]
			}
		}
	}
	count(found) == 3
}

test_matrix_and_custom_labels if {
	found := self_hosted_runner.violation with input as {
		"on": "pull_request",
		"jobs": {
			"m": {"strategy": {"matrix": {"os": ["ubuntu-latest"], "include": [{"os": "self-hosted"}]}}, "runs-on": "${{ matrix.os }}"},
			"c": {"runs-on": "gpu-box"},
			"g": {"runs-on": {"group": "big"}},
			"h": {"runs-on": ["ubuntu-24.04-arm"]},
		},
	}
	{[v.path[1], object.get(v, "profile", "default")] | some v in found} == {["m", "default"], ["c", "strict"], ["g", "strict"]}
}

test_label_naming_self_hosted_is_default_profile if {
	found := [v | some v in self_hosted_runner.violation] with input as {"on": "pull_request", "jobs": {"a": {"runs-on": "self-hosted-azure"}, "b": {"runs-on": "gpu-large"}}}
	{[v.path, object.get(v, "profile", "default")] | some v in found} == {[["jobs", "a", "runs-on"], "default"], [["jobs", "b", "runs-on"], "strict"]}
}

# The runner application labels every self-hosted runner with its OS and architecture; no
# GitHub-hosted runner answers to them, so asking for one is certain. Image names are hosted.
test_runner_os_and_architecture_labels_are_default_profile if {
	found := [v | some v in self_hosted_runner.violation] with input as {"on": "pull_request", "jobs": {
		"a": {"runs-on": {"labels": "linux"}},
		"b": {"runs-on": ["Linux", "X64"]},
		"c": {"runs-on": "windows"},
		"d": {"runs-on": ["macos-latest", "windows-2022", "ubuntu-24.04-arm"]},
	}}
	{[v.path, object.get(v, "profile", "default")] | some v in found} == {
		[["jobs", "a", "runs-on", "labels", 0], "default"],
		[["jobs", "b", "runs-on", 0], "default"],
		[["jobs", "b", "runs-on", 1], "default"],
		[["jobs", "c", "runs-on"], "default"],
	}
}
