# Unit tests for github-actions/unpinnable-action.
package palisade.github_actions.unpinnable_action_test

import data.palisade.github_actions.unpinnable_action as policy

test_docker_tag if {
	count(policy.violation) == 1 with input as {"runs": {"using": "docker", "image": "docker://alpine:latest"}}
}

test_digest_dockerfile_or_javascript if {
	count(policy.violation) == 0 with input as {"runs": {"using": "docker", "image": "docker://alpine@sha256:beefdbd8a1da6d2915566fde36db9db0b524eb737fc57cd1367effd16dc0d06d"}}
	count(policy.violation) == 0 with input as {"runs": {"using": "docker", "image": "Dockerfile"}}
	count(policy.violation) == 0 with input as {"runs": {"using": "node20", "main": "index.js"}}
}

test_composite_with_mutable_refs if {
	found := policy.violation with input as {"runs": {"using": "composite", "steps": [
		{"uses": "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683"},
		{"uses": "hashicorp/vault-action@v3"},
		{"run": "echo hi", "shell": "bash"},
		{"uses": "docker://alpine:3"},
	]}}
	[[v.path, object.get(v, "profile", "default")] | some v in found] == [[["runs", "steps", 1, "uses"], "default"]]
}

test_composite_github_owned_tags_only_in_strict if {
	found := policy.violation with input as {"runs": {"using": "composite", "steps": [{"uses": "actions/setup-node@v4"}]}}
	[v.profile | some v in found] == ["strict"]
}

test_composite_pinned_or_local if {
	count(policy.violation) == 0 with input as {"runs": {"using": "composite", "steps": [
		{"uses": "hashicorp/vault-action@11bd71901bbe5b1630ceea73d27597364c9af683"},
		{"uses": "./.github/actions/setup"},
		{"uses": "docker://alpine@sha256:beefdbd8a1da6d2915566fde36db9db0b524eb737fc57cd1367effd16dc0d06d"},
	]}}
	# A workflow's steps are not an action's.
	count(policy.violation) == 0 with input as {"jobs": {"j": {"steps": [{"uses": "hashicorp/vault-action@v3"}]}}}
}
