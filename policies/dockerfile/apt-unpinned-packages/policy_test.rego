package palisade.dockerfile.apt_unpinned_packages_test

import data.palisade.dockerfile.apt_unpinned_packages
import data.palisade.lib.dockerfile_fixtures.doc

test_unpinned_packages_are_flagged if {
	vs := apt_unpinned_packages.violation with input as doc([
		"FROM ubuntu:24.04",
		"RUN apt-get update && apt-get install -y --no-install-recommends curl git=1:2.43.0-1",
	])
	count(vs) > 0
	every v in vs { v.path == ["instructions", 1] }
}

test_pinned_packages_files_and_variables_are_clean if {
	count(apt_unpinned_packages.violation) == 0 with input as doc([
		"FROM ubuntu:24.04",
		"RUN apt-get install -y --no-install-recommends curl=8.5.0-2 ./local.deb $EXTRA_PACKAGES",
		"RUN apt-get install -y -t bookworm-backports git=1:2.43.0-1",
	])
}
