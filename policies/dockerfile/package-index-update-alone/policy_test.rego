package palisade.dockerfile.package_index_update_alone_test

import data.palisade.dockerfile.package_index_update_alone
import data.palisade.lib.dockerfile_fixtures.doc

test_update_alone_is_flagged if {
	vs := package_index_update_alone.violation with input as doc([
		"FROM alpine:3.20",
		"RUN apk update",
		"RUN apk add --no-cache curl=8.9.1-r0",
		"RUN zypper refresh",
		"RUN zypper install -y curl=8.6.0",
	])
	{v.path[1] | some v in vs} == {1, 3}
}

test_update_with_install_is_clean if {
	count(package_index_update_alone.violation) == 0 with input as doc([
		"FROM debian:12",
		"RUN apt-get update && apt-get install -y curl=8.5.0-2 && rm -rf /var/lib/apt/lists/*",
		"RUN apk update && apk upgrade",
		"RUN apt-get update",
	])
}
