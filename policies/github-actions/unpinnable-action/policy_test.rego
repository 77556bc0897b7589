# Unit tests for github-actions/unpinnable-action.
package palisade.github_actions.unpinnable_action_test

import data.palisade.github_actions.unpinnable_action as policy

test_images if {
	count(policy.violation) == 1 with input as {"runs": {"using": "docker", "image": "docker://alpine:latest"}}
	count(policy.violation) == 0 with input as {"runs": {"using": "docker", "image": "Dockerfile"}}
	count(policy.violation) == 0 with input as {"runs": {"using": "node20", "main": "index.js"}}
}
