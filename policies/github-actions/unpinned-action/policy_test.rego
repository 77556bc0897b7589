# Unit tests for github-actions/unpinned-action: each fixture (as many findings as it marks) and the
# edge cases, with the exact routes findings must report.
package palisade.github_actions.unpinned_action_test

import data.palisade.github_actions.unpinned_action

test_pass_sha_pinned if {
	found := unpinned_action.violation with input as {
		"name": "CI",
		"on": {
			"push": {
				"branches": [
					"main"
				]
			},
			"pull_request": null
		},
		"permissions": {
			"contents": "read"
		},
		"jobs": {
			"test": {
				"runs-on": "ubuntu-24.04",
				"steps": [
					{
						"uses": "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683",
						"with": {
							"persist-credentials": false
						}
					},
					{
						"uses": "actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020",
						"with": {
							"node-version": 20
						}
					},
					{
						"uses": "./.github/actions/lint"
					},
					{
						"run": "npm ci && npm test"
					}
				]
			},
			"docs": {
				"uses": "./.github/workflows/docs.yml"
			}
		}
	}
	count(found) == 0
}

test_pass_composite_action if {
	found := unpinned_action.violation with input as {
		"name": "Setup toolchain",
		"description": "Installs the pinned toolchain",
		"runs": {
			"using": "composite",
			"steps": [
				{
					"uses": "actions/setup-python@a26af69be951a213d495a4c3e4e4022e16d87065",
					"with": {
						"python-version": "3.12"
					}
				},
				{
					"run": "pip install -r requirements.txt",
					"shell": "bash"
				}
			]
		}
	}
	count(found) == 0
}

test_fail_tags_and_branches if {
	found := unpinned_action.violation with input as {
		"name": "Release",
		"on": {
			"push": {
				"tags": [
					"v*"
				]
			}
		},
		"permissions": {
			"contents": "read"
		},
		"jobs": {
			"build": {
				"runs-on": "ubuntu-24.04",
				"steps": [
					{
						"uses": "actions/checkout@v4",
						"with": {
							"persist-credentials": false
						}
					},
					{
						"name": "Set up Go",
						"uses": "actions/setup-go@main"
					},
					{
						"uses": "goreleaser/goreleaser-action@v6.1.0",
						"with": {
							"args": "release --clean"
						}
					},
					{
						"uses": "docker/login-action@11bd71901bbe"
					}
				]
			},
			"publish": {
				"uses": "acme/platform/.github/workflows/publish.yml@v2",
				"needs": "build"
			}
		}
	}
	count(found) == 5
}

test_fail_composite_unpinned if {
	found := unpinned_action.violation with input as {
		"name": "Cache deps",
		"description": "Restores dependency caches",
		"runs": {
			"using": "composite",
			"steps": [
				{
					"uses": "actions/cache@v4",
					"with": {
						"path": "~/.npm",
						"key": "npm-${{ hashFiles('package-lock.json') }}"
					}
				}
			]
		}
	}
	count(found) == 1
}

test_no_ref if {
	found := {v.path | some v in unpinned_action.violation} with input as {
		"on": "push",
		"jobs": {
			"a": {
				"runs-on": "ubuntu-latest",
				"steps": [
					{
						"uses": "actions/checkout"
					}
				]
			}
		}
	}
	found == {["jobs", "a", "steps", 0, "uses"]}
}

test_docker_and_local_skipped if {
	found := {v.path | some v in unpinned_action.violation} with input as {
		"on": "push",
		"jobs": {
			"a": {
				"runs-on": "ubuntu-latest",
				"steps": [
					{
						"uses": "docker://alpine:3.20"
					},
					{
						"uses": "./local"
					}
				]
			}
		}
	}
	count(found) == 0
}

test_github_owned_tags_are_strict_and_sha256_pins_pass if {
	found := unpinned_action.violation with input as {"jobs": {"a": {"steps": [
		{"uses": "actions/checkout@v4"},
		{"uses": "github/codeql-action/init@v3"},
		{"uses": "tj-actions/changed-files@v46"},
		{"uses": "foo/bar@25b062c917b0c75f8b47d8469aff6c94ffd89abb25b062c917b0c75f8b47d84d"},
		{"uses": "./.github/actions/local"},
	]}}}
	{[v.path[3], object.get(v, "profile", "default")] | some v in found} == {[0, "strict"], [1, "strict"], [2, "default"]}
}
