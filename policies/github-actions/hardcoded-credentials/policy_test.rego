# Unit tests for github-actions/hardcoded-credentials: each fixture (as many findings as it marks) and the
# edge cases, with the exact routes findings must report.
package palisade.github_actions.hardcoded_credentials_test

import data.palisade.github_actions.hardcoded_credentials

test_pass_secrets if {
	found := hardcoded_credentials.violation with input as {
		"name": "Deploy",
		"on": "push",
		"permissions": {
			"contents": "read"
		},
		"env": {
			"NODE_ENV": "production"
		},
		"jobs": {
			"deploy": {
				"runs-on": "ubuntu-24.04",
				"container": {
					"image": "ghcr.io/acme/deployer:2.3.1@sha256:5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3",
					"credentials": {
						"username": "${{ github.actor }}",
						"password": "${{ secrets.GITHUB_TOKEN }}"
					}
				},
				"steps": [
					{
						"uses": "google-github-actions/auth@6fc4af4b145ae7821d527454aa9bd537d1f2dc5f",
						"with": {
							"workload_identity_provider": "projects/123456789/locations/global/workloadIdentityPools/ci/providers/github",
							"token_format": "access_token"
						}
					},
					{
						"run": "./deploy.sh",
						"env": {
							"API_TOKEN": "${{ secrets.API_TOKEN }}",
							"DB_PASSWORD": "$DB_PASSWORD_FROM_VAULT"
						}
					}
				]
			}
		}
	}
	count(found) == 0
}

test_fail_literals if {
	found := hardcoded_credentials.violation with input as {
		"name": "Deploy",
		"on": "push",
		"permissions": {
			"contents": "read"
		},
		"env": {
			"SONAR_TOKEN": "squ_8f3a1c9e7d2b4a6f0e5c3b1a9d7f2e4c6b8a0d1e"
		},
		"jobs": {
			"deploy": {
				"runs-on": "ubuntu-24.04",
				"container": {
					"image": "ghcr.io/acme/deployer:2.3.1@sha256:5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3",
					"credentials": {
						"username": "deploy-bot",
						"password": "Sup3rS3cret!2024"
					}
				},
				"services": {
					"mysql": {
						"image": "mysql:8.4@sha256:6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4",
						"env": {
							"MYSQL_ROOT_PASSWORD": "rootpass-ci-only"
						}
					}
				},
				"steps": [
					{
						"uses": "docker/login-action@74a5d142397b4f367a81961eba4e8cd7edddf772",
						"with": {
							"username": "acme-ci",
							"password": "dckr_pat_2bX9kLmQ7vR4tY1wZ8aC3dE6fG0"
						}
					}
				]
			}
		}
	}
	count(found) == 4
}

test_secret_names_are_not_credentials if {
	found := hardcoded_credentials.violation with input as {"jobs": {"a": {"steps": [{"run": "x", "env": {"GH_AW_SECRET_NAMES": "A_TOKEN,GITHUB_TOKEN", "API_TOKEN": "NPM_TOKEN", "DB_PASSWORD": "hunter2hunter2"}}]}}}
	{v.path[5] | some v in found} == {"DB_PASSWORD"}
}
