# Unit tests for github-actions/missing-permissions: each fixture (as many findings as it marks) and the
# edge cases, with the exact routes findings must report.
package palisade.github_actions.missing_permissions_test

import data.palisade.github_actions.missing_permissions

test_pass_declared if {
	found := missing_permissions.violation with input as {
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

test_pass_per_job if {
	found := missing_permissions.violation with input as {
		"name": "Label",
		"on": "pull_request",
		"jobs": {
			"label": {
				"runs-on": "ubuntu-24.04",
				"permissions": {
					"contents": "read",
					"pull-requests": "write"
				},
				"steps": [
					{
						"run": "echo labelling"
					}
				]
			}
		}
	}
	count(found) == 0
}

test_fail_no_permissions if {
	found := missing_permissions.violation with input as {
		"name": "CI",
		"on": {
			"push": {
				"branches": [
					"main"
				]
			}
		},
		"jobs": {
			"test": {
				"runs-on": "ubuntu-24.04",
				"steps": [
					{
						"run": "make test"
					}
				]
			},
			"deploy": {
				"runs-on": "ubuntu-24.04",
				"permissions": {
					"contents": "read",
					"id-token": "write"
				},
				"steps": [
					{
						"run": "make deploy"
					}
				]
			}
		}
	}
	count(found) == 1
}

test_all_jobs_declare if {
	found := {v.path | some v in missing_permissions.violation} with input as {
		"on": "push",
		"jobs": {
			"a": {
				"runs-on": "ubuntu-latest",
				"permissions": {},
				"steps": [
					{
						"run": "make"
					}
				]
			}
		}
	}
	count(found) == 0
}

test_one_finding_per_default_token_job if {
	found := {v.path | some v in missing_permissions.violation} with input as {"on": "push", "jobs": {"a": {"steps": []}, "b": {"steps": []}, "c": {"permissions": {}, "steps": []}}}
	found == {["jobs", "a"], ["jobs", "b"]}
}

test_reusable_and_untrusted_triggers_are_not_this_policys if {
	count(missing_permissions.violation) == 0 with input as {"on": {"workflow_call": null}, "jobs": {"a": {"steps": []}}}
	count(missing_permissions.violation) == 0 with input as {"on": "pull_request_target", "jobs": {"a": {"steps": []}}}
}
