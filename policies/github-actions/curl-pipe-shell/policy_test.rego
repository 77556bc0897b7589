# Unit tests for github-actions/curl-pipe-shell: each fixture (as many findings as it marks) and the
# edge cases, with the exact routes findings must report.
package palisade.github_actions.curl_pipe_shell_test

import data.palisade.github_actions.curl_pipe_shell

test_pass_verified if {
	found := curl_pipe_shell.violation with input as {
		"name": "Tools",
		"on": "push",
		"permissions": {
			"contents": "read"
		},
		"jobs": {
			"tools": {
				"runs-on": "ubuntu-24.04",
				"steps": [
					{
						"run": "curl -fsSLo install.sh https://get.example.dev/v1.8.2/install.sh\necho \"3b1f5c0e9a2d7f4b6c8e1a3d5f7b9c0e2a4d6f8b1c3e5a7d9f0b2c4e6a8d0f1e  install.sh\" | sha256sum -c -\nbash install.sh\n"
					},
					{
						"run": "curl -s https://api.github.com/repos/acme/app/releases/latest | jq -r .tag_name"
					}
				]
			}
		}
	}
	count(found) == 0
}

test_fail_piped if {
	found := curl_pipe_shell.violation with input as {
		"name": "Tools",
		"on": "push",
		"permissions": {
			"contents": "read"
		},
		"jobs": {
			"tools": {
				"runs-on": "ubuntu-24.04",
				"steps": [
					{
						"name": "Install rustup",
						"run": "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y"
					},
					{
						"name": "Install tools",
						"run": "set -euo pipefail\nwget -qO- https://get.example.dev/install.sh | sudo bash\n"
					},
					{
						"run": "bash <(curl -fsSL https://raw.githubusercontent.com/acme/tools/main/setup.sh)"
					}
				]
			}
		}
	}
	count(found) == 3
}
