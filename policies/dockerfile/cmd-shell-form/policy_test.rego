package palisade.dockerfile.cmd_shell_form_test

import data.palisade.dockerfile.cmd_shell_form
import data.palisade.lib.dockerfile_fixtures.doc

test_shell_form_is_flagged if {
	vs := cmd_shell_form.violation with input as doc(["FROM node:20.11-alpine", "CMD node server.js", "ENTRYPOINT /entrypoint.sh"])
	{v.path | some v in vs} == {["instructions", 1], ["instructions", 2]}
	some v in vs
	v.msg == `CMD node server.js runs under /bin/sh -c, which does not pass SIGTERM on; use the exec form ["node","server.js"]`
}

test_exec_form_and_build_stages_are_clean if {
	count(cmd_shell_form.violation) == 0 with input as doc(["FROM node:20.11-alpine AS build", "CMD npm test", "FROM node:20.11-alpine", "CMD [\"node\", \"server.js\"]"])
}
