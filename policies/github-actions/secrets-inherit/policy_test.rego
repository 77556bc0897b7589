# Unit tests for github-actions/secrets-inherit: each fixture (as many findings as it marks) and the
# edge cases, with the exact routes findings must report.
package palisade.github_actions.secrets_inherit_test

import data.palisade.github_actions.secrets_inherit

test_pass_named_secrets if {
	found := secrets_inherit.violation with input as {
		"name": "Deploy",
		"on": {
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
			"deploy": {
				"uses": "acme/platform/.github/workflows/deploy.yml@11bd71901bbe5b1630ceea73d27597364c9af683",
				"secrets": {
					"DEPLOY_TOKEN": "${{ secrets.DEPLOY_TOKEN }}"
				}
			}
		}
	}
	count(found) == 0
}

test_fail_inherit if {
	found := secrets_inherit.violation with input as {
		"name": "Deploy",
		"on": {
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
			"deploy": {
				"uses": "acme/platform/.github/workflows/deploy.yml@11bd71901bbe5b1630ceea73d27597364c9af683",
				"with": {
					"environment": "production"
				},
				"secrets": "inherit"
			}
		}
	}
	count(found) == 1
}
