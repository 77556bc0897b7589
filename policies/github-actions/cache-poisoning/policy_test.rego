# Unit tests for github-actions/cache-poisoning: each fixture (as many findings as it marks) and the
# edge cases, with the exact routes findings must report.
package palisade.github_actions.cache_poisoning_test

import data.palisade.github_actions.cache_poisoning

test_pass_ci_cache if {
	found := cache_poisoning.violation with input as {
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
						"uses": "actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020",
						"with": {
							"node-version": 20,
							"cache": "npm"
						}
					},
					{
						"run": "npm ci && npm test"
					}
				]
			}
		}
	}
	count(found) == 0
}

test_pass_release_no_cache if {
	found := cache_poisoning.violation with input as {
		"name": "Release",
		"on": {
			"release": {
				"types": [
					"published"
				]
			}
		},
		"permissions": {
			"contents": "read"
		},
		"jobs": {
			"publish": {
				"runs-on": "ubuntu-24.04",
				"steps": [
					{
						"uses": "actions/setup-go@d35c59abb061a4a6fb18e82ac0862c26744d6ab5",
						"with": {
							"go-version-file": "go.mod",
							"cache": false
						}
					},
					{
						"run": "go build ./..."
					}
				]
			}
		}
	}
	count(found) == 0
}

test_fail_release_cache if {
	found := cache_poisoning.violation with input as {
		"name": "Release",
		"on": {
			"push": {
				"tags": [
					"v*"
				]
			}
		},
		"permissions": {
			"contents": "write"
		},
		"jobs": {
			"build": {
				"runs-on": "ubuntu-24.04",
				"steps": [
					{
						"uses": "actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020",
						"with": {
							"node-version": 20,
							"cache": "npm"
						}
					},
					{
						"uses": "actions/cache@5a3ec84eff668545956fd18022155c47e93e2684",
						"with": {
							"path": "~/.cache/turbo",
							"key": "turbo-${{ github.sha }}"
						}
					},
					{
						"uses": "actions/setup-go@d35c59abb061a4a6fb18e82ac0862c26744d6ab5",
						"with": {
							"go-version-file": "go.mod"
						}
					},
					{
						"run": "npm run build && npm publish"
					}
				]
			}
		}
	}
	count(found) == 3
}

test_cache_after_untrusted_checkout if {
	found := {v.path | some v in cache_poisoning.violation} with input as {
		"on": "pull_request_target",
		"jobs": {
			"a": {"steps": [{"uses": "actions/checkout@v4", "with": {"ref": "${{ github.event.pull_request.head.sha }}"}}, {"uses": "actions/setup-go@v5"}]},
			"b": {"steps": [{"uses": "actions/checkout@v4"}, {"uses": "actions/setup-go@v5"}]},
			"c": {"steps": [{"uses": "actions/setup-go@v5"}, {"uses": "actions/checkout@v4", "with": {"ref": "${{ github.head_ref }}"}}]},
		},
	}
	found == {["jobs", "a", "steps", 1, "uses"]}
}
