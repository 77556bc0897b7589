package palisade.dockerfile.multiple_entrypoint_test

import data.palisade.dockerfile.multiple_entrypoint
import data.palisade.lib.dockerfile_fixtures.doc

test_overridden_instructions_are_flagged if {
	vs := multiple_entrypoint.violation with input as doc(["FROM alpine:3.20", "ENTRYPOINT [\"/usr/bin/tini\", \"--\"]", "ENTRYPOINT [\"/docker-entrypoint.sh\"]"])
	{v.path | some v in vs} == {["instructions", 2]}
}

test_one_per_stage_is_clean if {
	count(multiple_entrypoint.violation) == 0 with input as doc(["FROM alpine:3.20 AS build", "ENTRYPOINT [\"/usr/bin/tini\", \"--\"]", "FROM alpine:3.20", "ENTRYPOINT [\"/docker-entrypoint.sh\"]"])
}
