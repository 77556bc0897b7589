package palisade.dockerfile.apt_lists_not_cleaned_test

import data.palisade.dockerfile.apt_lists_not_cleaned
import data.palisade.lib.dockerfile_fixtures.doc

test_install_without_cleanup_is_flagged if {
	vs := apt_lists_not_cleaned.violation with input as doc([
		"FROM debian:12",
		"RUN apt-get update && apt-get install -y --no-install-recommends curl",
		"RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*",
	])
	{v.path | some v in vs} == {["instructions", 1]}
}

test_cleanup_cache_mounts_and_build_stages_are_clean if {
	count(apt_lists_not_cleaned.violation) == 0 with input as doc([
		"FROM debian:12",
		"RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*",
		"RUN --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update && apt-get install -y --no-install-recommends curl",
	])
	count(apt_lists_not_cleaned.violation) == 0 with input as doc([
		"FROM debian:12 AS build",
		"RUN apt-get update && apt-get install -y gcc",
		"FROM gcr.io/distroless/static-debian12",
	])
}

test_a_stage_the_final_one_is_built_from_ships_its_lists if {
	vs := apt_lists_not_cleaned.violation with input as doc([
		"FROM debian:12 AS base",
		"RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates",
		"FROM base",
		"USER 65532",
	])
	{v.path | some v in vs} == {["instructions", 1]}
}
