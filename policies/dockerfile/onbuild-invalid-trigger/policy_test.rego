package palisade.dockerfile.onbuild_invalid_trigger_test

import data.palisade.dockerfile.onbuild_invalid_trigger
import data.palisade.lib.dockerfile_fixtures.doc

test_invalid_triggers_are_flagged if {
	vs := onbuild_invalid_trigger.violation with input as doc(["FROM alpine:3.20", "ONBUILD FROM alpine:3.20", "ONBUILD maintainer x", "ONBUILD RUN make"])
	{v.path | some v in vs} == {["instructions", 1], ["instructions", 2]}
}

test_valid_triggers_are_clean if {
	count(onbuild_invalid_trigger.violation) == 0 with input as doc(["FROM alpine:3.20", "ONBUILD COPY . /app", "ONBUILD RUN make"])
}
