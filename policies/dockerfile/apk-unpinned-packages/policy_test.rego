package palisade.dockerfile.apk_unpinned_packages_test

import data.palisade.dockerfile.apk_unpinned_packages
import data.palisade.lib.dockerfile_fixtures.doc

test_unpinned_packages_are_flagged if {
	vs := apk_unpinned_packages.violation with input as doc([
		"FROM alpine:3.20",
		"RUN apk add --no-cache curl git~2.45",
	])
	count(vs) > 0
	every v in vs { v.path == ["instructions", 1] }
}

test_pinned_packages_files_and_variables_are_clean if {
	count(apk_unpinned_packages.violation) == 0 with input as doc([
		"FROM alpine:3.20",
		"RUN apk add --no-cache --virtual .build-deps gcc=13.2.1_git20240309-r0 musl-dev~1.2",
		"RUN apk add --no-cache /tmp/local.apk $PKGS",
	])
}
