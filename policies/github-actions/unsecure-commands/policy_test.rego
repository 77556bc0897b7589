# Unit tests for github-actions/unsecure-commands: each fixture (as many findings as it marks) and the
# edge cases, with the exact routes findings must report.
package palisade.github_actions.unsecure_commands_test

import data.palisade.github_actions.unsecure_commands

test_pass_github_path if {
	found := unsecure_commands.violation with input as {
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
						"run": "echo \"$HOME/.local/bin\" >> \"$GITHUB_PATH\""
					}
				]
			}
		}
	}
	count(found) == 0
}

test_fail_unsecure if {
	found := unsecure_commands.violation with input as {
		"name": "Legacy",
		"on": "push",
		"permissions": {
			"contents": "read"
		},
		"env": {
			"ACTIONS_ALLOW_UNSECURE_COMMANDS": true
		},
		"jobs": {
			"build": {
				"runs-on": "ubuntu-24.04",
				"steps": [
					{
						"name": "Old set-env",
						"env": {
							"ACTIONS_ALLOW_UNSECURE_COMMANDS": "true"
						},
						"run": "echo \"::set-env name=VERSION::1.2.3\""
					}
				]
			}
		}
	}
	count(found) == 2
}

test_explicit_false if {
	found := {v.path | some v in unsecure_commands.violation} with input as {
		"on": "push",
		"env": {
			"ACTIONS_ALLOW_UNSECURE_COMMANDS": false
		},
		"jobs": {}
	}
	count(found) == 0
}
