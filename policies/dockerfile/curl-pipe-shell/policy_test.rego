package palisade.dockerfile.curl_pipe_shell_test

import data.palisade.dockerfile.curl_pipe_shell

doc(scripts) := {"stages": [], "instructions": [{"cmd": "run", "args": [s], "json": false, "stage": 0} | some s in scripts], "args": {}}

test_piped_downloads_are_flagged if {
	vs := curl_pipe_shell.violation with input as doc([
		"curl -fsSL https://deb.nodesource.com/setup_20.x | bash -",
		"apt-get update && wget -qO- https://get.example.sh | sudo sh",
		"curl -sSL https://install.python-poetry.org | python3 -",
	])
	{v.path | some v in vs} == {["instructions", 0], ["instructions", 1], ["instructions", 2]}
}

test_verified_downloads_are_clean if {
	count(curl_pipe_shell.violation) == 0 with input as doc([
		"curl -fsSLo /tmp/i.sh https://example.com/i.sh && sha256sum -c i.sh.sha256 && sh /tmp/i.sh",
		"curl -fsSL https://example.com/key.asc | gpg --dearmor -o /usr/share/keyrings/example.gpg",
	])
}
