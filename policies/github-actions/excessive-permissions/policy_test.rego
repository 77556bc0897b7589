# Unit tests for github-actions/excessive-permissions: each fixture (as many findings as it marks) and the
# edge cases, with the exact routes findings must report.
package palisade.github_actions.excessive_permissions_test

import data.palisade.github_actions.excessive_permissions

test_pass_least_privilege if {
	found := excessive_permissions.violation with input as {
		"name": "PR labeler",
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
						"uses": "actions/labeler@8558fd74291d67161a8a78ce36a881fa63b766a9"
					}
				]
			}
		}
	}
	count(found) == 0
}

test_pass_release_write if {
	found := excessive_permissions.violation with input as {
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
			"release": {
				"runs-on": "ubuntu-24.04",
				"steps": [
					{
						"run": "gh release create \"$GITHUB_REF_NAME\" --generate-notes",
						"env": {
							"GH_TOKEN": "${{ github.token }}"
						}
					}
				]
			}
		}
	}
	count(found) == 0
}

test_fail_broad if {
	found := excessive_permissions.violation with input as {
		"name": "Preview",
		"on": {
			"pull_request_target": {
				"types": [
					"opened",
					"synchronize"
				]
			}
		},
		"permissions": "write-all",
		"jobs": {
			"preview": {
				"runs-on": "ubuntu-24.04",
				"permissions": {
					"contents": "write",
					"packages": "write",
					"pull-requests": "write"
				},
				"steps": [
					{
						"run": "./deploy-preview.sh"
					}
				]
			}
		}
	}
	count(found) == 3
}

test_write_all_anywhere if {
	found := {v.path | some v in excessive_permissions.violation} with input as {
		"on": "push",
		"jobs": {
			"a": {
				"runs-on": "ubuntu-latest",
				"permissions": "write-all",
				"steps": [
					{
						"run": "make"
					}
				]
			}
		}
	}
	found == {["jobs", "a", "permissions"]}
}

test_needed_and_guarded_scopes_are_strict if {
	found := excessive_permissions.violation with input as {
		"on": ["pull_request_target", "push"],
		"jobs": {
			"scan": {"permissions": {"security-events": "write"}, "steps": [{"uses": "github/codeql-action/upload-sarif@v3"}]},
			"release": {"if": "github.event_name == 'push'", "permissions": {"contents": "write"}, "steps": [{"run": "./release.sh"}]},
			"preview": {"permissions": {"contents": "write"}, "steps": [{"run": "./preview.sh"}]},
		},
	}
	{[v.path[1], object.get(v, "profile", "default")] | some v in found} == {["scan", "strict"], ["release", "strict"], ["preview", "default"]}
}

test_pull_request_write_is_not_reported if {
	found := excessive_permissions.violation with input as {
		"on": "pull_request",
		"jobs": {"build": {"permissions": {"contents": "write", "id-token": "write"}, "steps": [{"run": "make"}]}},
	}
	count(found) == 0
}
