package palisade.dockerfile.copy_multiple_sources_file_destination_test

import data.palisade.dockerfile.copy_multiple_sources_file_destination
import data.palisade.lib.dockerfile_fixtures.doc

test_file_destinations_are_flagged if {
	vs := copy_multiple_sources_file_destination.violation with input as doc(["FROM alpine:3.20", "COPY a.json b.json /app", "COPY [\"a\", \"b\", \"/srv\"]"])
	{v.path | some v in vs} == {["instructions", 1], ["instructions", 2]}
}

test_directories_and_single_sources_are_clean if {
	count(copy_multiple_sources_file_destination.violation) == 0 with input as doc(["FROM alpine:3.20", "COPY a.json b.json /app/", "COPY a.json /app", "COPY a b $DEST"])
}
