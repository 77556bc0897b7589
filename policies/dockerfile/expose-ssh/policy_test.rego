package palisade.dockerfile.expose_ssh_test

import data.palisade.dockerfile.expose_ssh

doc(ports) := {"stages": [], "instructions": [{"cmd": "expose", "args": [p], "json": false, "stage": 0} | some p in ports], "args": {}}

test_port_22_is_flagged if {
	vs := expose_ssh.violation with input as doc(["8080 22/tcp", "443"])
	{v.path | some v in vs} == {["instructions", 0]}
	some v in vs
	v.msg == "EXPOSE 22/tcp opens the SSH port; remove it and the SSH server, and use an audited exec instead"
}

test_other_ports_are_clean if {
	count(expose_ssh.violation) == 0 with input as doc(["2222", "8022/tcp", "80 443"])
}
