# Unit tests for github-actions/unpinned-container-image: each fixture (as many findings as it marks) and the
# edge cases, with the exact routes findings must report.
package palisade.github_actions.unpinned_container_image_test

import data.palisade.github_actions.unpinned_container_image

test_pass_digests if {
	found := unpinned_container_image.violation with input as {
		"name": "Integration",
		"on": [
			"push"
		],
		"permissions": {
			"contents": "read"
		},
		"jobs": {
			"integration": {
				"runs-on": "ubuntu-24.04",
				"container": {
					"image": "node:20-bookworm@sha256:1f7a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f80"
				},
				"services": {
					"postgres": {
						"image": "postgres:16@sha256:2e8b1c0d9f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0",
						"env": {
							"POSTGRES_PASSWORD": "${{ secrets.TEST_DB_PASSWORD }}"
						}
					}
				},
				"strategy": {
					"matrix": {
						"image": [
							"ghcr.io/acme/ci@sha256:3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1"
						]
					}
				},
				"steps": [
					{
						"uses": "docker://ghcr.io/acme/linter@sha256:4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2"
					},
					{
						"run": "npm test"
					}
				]
			}
		}
	}
	count(found) == 0
}

test_fail_tags if {
	found := unpinned_container_image.violation with input as {
		"name": "Integration",
		"on": [
			"push"
		],
		"permissions": {
			"contents": "read"
		},
		"jobs": {
			"integration": {
				"runs-on": "ubuntu-24.04",
				"container": {
					"image": "node:20-bookworm",
					"options": "--user 1001"
				},
				"services": {
					"postgres": {
						"image": "postgres:16"
					},
					"redis": {
						"image": "redis"
					}
				},
				"steps": [
					{
						"uses": "docker://hadolint/hadolint:latest"
					}
				]
			},
			"lint": {
				"runs-on": "ubuntu-24.04",
				"container": "golangci/golangci-lint:v1.61",
				"steps": [
					{
						"run": "golangci-lint run"
					}
				]
			}
		}
	}
	count(found) == 5
}

test_fail_docker_action if {
	found := unpinned_container_image.violation with input as {
		"name": "Markdown lint",
		"description": "Lints Markdown in a container",
		"runs": {
			"using": "docker",
			"image": "docker://ghcr.io/igorshubovych/markdownlint-cli:latest",
			"args": [
				"**/*.md"
			]
		}
	}
	count(found) == 1
}

test_expression_image_skipped if {
	found := {v.path | some v in unpinned_container_image.violation} with input as {
		"on": "push",
		"jobs": {
			"a": {
				"runs-on": "ubuntu-latest",
				"container": "${{ matrix.image }}",
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
