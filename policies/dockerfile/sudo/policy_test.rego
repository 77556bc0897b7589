package palisade.dockerfile.sudo_test

import data.palisade.dockerfile.sudo

doc(scripts) := {"stages": [], "instructions": [{"cmd": "run", "args": [s], "json": false, "stage": 0} | some s in scripts], "args": {}}

test_sudo_commands_are_flagged if {
	vs := sudo.violation with input as doc(["apt-get update && sudo apt-get install -y curl", "make"])
	{v.path | some v in vs} == {["instructions", 0]}
	some v in vs
	v.msg == `RUN calls "sudo apt-get install -y curl" with sudo; switch USER to root for this step instead`
}

test_commands_that_only_mention_sudo_are_clean if {
	count(sudo.violation) == 0 with input as doc(["apt-get purge -y sudo", "echo 'app ALL=(ALL) NOPASSWD: /usr/bin/pseudo' > /dev/null"])
}
