# Unit tests for github-actions/token-in-remote-url.
package palisade.github_actions.token_in_remote_url_test

import data.palisade.github_actions.token_in_remote_url as policy

test_tokens_in_urls if {
	count(policy.violation) == 1 with input as {"jobs": {"j": {"steps": [{"run": "git push https://${{ github.token }}@github.com/o/r HEAD"}]}}}
	count(policy.violation) == 1 with input as {"jobs": {"j": {"steps": [{"run": "git clone https://oauth2:${GITLAB_TOKEN}@gitlab.com/o/r"}]}}}
}

test_urls_without_credentials if {
	count(policy.violation) == 0 with input as {"jobs": {"j": {"steps": [{"run": "git clone https://github.com/o/r\ncurl https://user@example.com"}]}}}
}
