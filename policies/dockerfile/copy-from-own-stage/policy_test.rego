package palisade.dockerfile.copy_from_own_stage_test

import data.palisade.dockerfile.copy_from_own_stage
import data.palisade.lib.dockerfile_fixtures.doc

test_self_reference_is_flagged if {
	vs := copy_from_own_stage.violation with input as doc(["FROM node:20.11 AS web", "COPY --from=web /a /b"])
	{v.path | some v in vs} == {["instructions", 1]}
}

test_earlier_stages_are_clean if {
	count(copy_from_own_stage.violation) == 0 with input as doc(["FROM node:20.11 AS build", "FROM nginx:1.27 AS web", "COPY --from=build /a /b"])
}
