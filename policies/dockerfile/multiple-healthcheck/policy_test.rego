package palisade.dockerfile.multiple_healthcheck_test

import data.palisade.dockerfile.multiple_healthcheck
import data.palisade.lib.dockerfile_fixtures.doc

test_overridden_instructions_are_flagged if {
	vs := multiple_healthcheck.violation with input as doc(["FROM alpine:3.20", "HEALTHCHECK CMD curl -fsS http://localhost:8080/health || exit 1", "HEALTHCHECK CMD wget -q -O /dev/null http://localhost:8080/ready || exit 1"])
	{v.path | some v in vs} == {["instructions", 2]}
}

test_one_per_stage_is_clean if {
	count(multiple_healthcheck.violation) == 0 with input as doc(["FROM alpine:3.20 AS build", "HEALTHCHECK CMD curl -fsS http://localhost:8080/health || exit 1", "FROM alpine:3.20", "HEALTHCHECK CMD wget -q -O /dev/null http://localhost:8080/ready || exit 1"])
}
