package palisade.dockerfile.sudo_test

import data.palisade.dockerfile.sudo
import data.palisade.lib.dockerfile_fixtures.doc

test_sudo_commands_are_flagged if {
	vs := sudo.violation with input as doc(["FROM ubuntu:24.04", "RUN apt-get update && sudo apt-get install -y curl", "RUN make"])
	{v.path | some v in vs} == {["instructions", 1]}
	some v in vs
	v.msg == `RUN calls "sudo apt-get install -y curl" with sudo; switch USER to root for this step instead`
}

test_commands_that_only_mention_sudo_are_clean if {
	count(sudo.violation) == 0 with input as doc(["FROM ubuntu:24.04", "RUN apt-get purge -y sudo", "RUN echo app-ALL=(ALL)-NOPASSWD"])
}
