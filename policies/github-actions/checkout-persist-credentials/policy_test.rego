# Unit tests for github-actions/checkout-persist-credentials: each fixture (as many findings as it marks) and the
# edge cases, with the exact routes findings must report.
package palisade.github_actions.checkout_persist_credentials_test

import data.palisade.github_actions.checkout_persist_credentials

test_pass_no_persist if {
	found := checkout_persist_credentials.violation with input as {
		"name": "CI",
		"on": "push",
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
							"persist-credentials": false,
							"fetch-depth": 0
						}
					},
					{
						"run": "make test"
					}
				]
			}
		}
	}
	count(found) == 0
}

test_fail_persisted if {
	found := checkout_persist_credentials.violation with input as {
		"name": "CI",
		"on": "push",
		"permissions": {
			"contents": "read"
		},
		"jobs": {
			"test": {
				"runs-on": "ubuntu-24.04",
				"steps": [
					{
						"uses": "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683"
					},
					{
						"run": "make test"
					}
				]
			},
			"docs": {
				"runs-on": "ubuntu-24.04",
				"steps": [
					{
						"name": "Checkout",
						"uses": "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683",
						"with": {
							"fetch-depth": 0
						}
					},
					{
						"uses": "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683",
						"with": {
							"repository": "acme/docs-theme",
							"persist-credentials": true
						}
					}
				]
			}
		}
	}
	count(found) == 3
}
