package palisade.dockerfile.copy_from_stage_number_test

import data.palisade.dockerfile.copy_from_stage_number
import data.palisade.lib.dockerfile_fixtures.doc

test_numbers_are_flagged if {
	vs := copy_from_stage_number.violation with input as doc(["FROM golang:1.22", "FROM alpine:3.20", "COPY --from=0 /out/app /app"])
	{v.path | some v in vs} == {["instructions", 2]}
}

test_names_and_images_are_clean if {
	count(copy_from_stage_number.violation) == 0 with input as doc(["FROM golang:1.22 AS build", "FROM alpine:3.20", "COPY --from=build /out/app /app", "COPY --from=nginx:1.27 /etc/nginx /etc/nginx"])
}
