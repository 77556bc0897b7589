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
