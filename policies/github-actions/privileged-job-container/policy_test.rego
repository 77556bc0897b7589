# Unit tests for github-actions/privileged-job-container.
package palisade.github_actions.privileged_job_container_test

import data.palisade.github_actions.privileged_job_container as policy

test_host_access_options if {
	count(policy.violation) == 2 with input as {"jobs": {"j": {"container": {"options": "--cap-add=SYS_ADMIN --pid host"}}}}
	count(policy.violation) == 1 with input as {"jobs": {"j": {"services": {"d": {"options": "-v /var/run/docker.sock:/var/run/docker.sock"}}}}}
}

test_plain_options if {
	count(policy.violation) == 0 with input as {"jobs": {"j": {"container": "node:22", "services": {"a": {"image": "x"}}}}}
	count(policy.violation) == 0 with input as {"jobs": {"j": {"container": {"options": "--privilegedx --network=bridge"}}}}
	count(policy.violation) == 0 with input as {"jobs": {"j": {"services": {"vault": {"options": "--cap-add=IPC_LOCK"}}}}}
}
