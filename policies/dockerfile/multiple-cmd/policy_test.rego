package palisade.dockerfile.multiple_cmd_test

import data.palisade.dockerfile.multiple_cmd
import data.palisade.lib.dockerfile_fixtures.doc

test_overridden_instructions_are_flagged if {
	vs := multiple_cmd.violation with input as doc(["FROM alpine:3.20", "CMD [\"node\", \"server.js\"]", "CMD [\"node\", \"worker.js\"]"])
	{v.path | some v in vs} == {["instructions", 2]}
}

test_one_per_stage_is_clean if {
	count(multiple_cmd.violation) == 0 with input as doc(["FROM alpine:3.20 AS build", "CMD [\"node\", \"server.js\"]", "FROM alpine:3.20", "CMD [\"node\", \"worker.js\"]"])
}
