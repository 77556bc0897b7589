package palisade.dockerfile.from_platform_hardcoded_test

import data.palisade.dockerfile.from_platform_hardcoded
import data.palisade.lib.dockerfile_fixtures.doc

test_literal_platforms_are_flagged if {
	vs := from_platform_hardcoded.violation with input as doc(["FROM --platform=linux/amd64 golang:1.22 AS build", "FROM alpine:3.20"])
	{v.path | some v in vs} == {["instructions", 0]}
}

test_variables_and_no_platform_are_clean if {
	count(from_platform_hardcoded.violation) == 0 with input as doc(["FROM --platform=$BUILDPLATFORM golang:1.22 AS build", "FROM alpine:3.20"])
}
