package palisade.dockerfile.run_interactive_command_test

import data.palisade.dockerfile.run_interactive_command
import data.palisade.lib.dockerfile_fixtures.doc

test_interactive_commands_are_flagged if {
	vs := run_interactive_command.violation with input as doc(["FROM debian:12", "RUN top", "RUN [\"ps\", \"-d\"]", "RUN service nginx start"])
	{v.path | some v in vs} == {["instructions", 1], ["instructions", 2], ["instructions", 3]}
}

test_build_commands_are_clean if {
	count(run_interactive_command.violation) == 0 with input as doc(["FROM debian:12", "RUN apt-get install -y procps", "RUN ssh-keyscan github.com", "RUN systemctl enable nginx"])
}
