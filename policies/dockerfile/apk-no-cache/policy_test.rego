package palisade.dockerfile.apk_no_cache_test

import data.palisade.dockerfile.apk_no_cache
import data.palisade.lib.dockerfile_fixtures.doc

test_install_without_cleanup_is_flagged if {
	vs := apk_no_cache.violation with input as doc([
		"FROM alpine:3.20",
		"RUN apk update && apk add curl=8.9.1-r0",
		"RUN apk add --no-cache git=2.45.2-r0",
	])
	{v.path | some v in vs} == {["instructions", 1]}
}

test_cleanup_cache_mounts_and_build_stages_are_clean if {
	count(apk_no_cache.violation) == 0 with input as doc([
		"FROM alpine:3.20",
		"RUN apk add --no-cache git=2.45.2-r0",
		"RUN apk add git=2.45.2-r0 && rm -rf /var/cache/apk/*",
		"RUN --mount=type=cache,target=/var/cache/apk apk add git=2.45.2-r0",
	])
}
