package palisade.dockerfile.apt_no_install_recommends_test

import data.palisade.dockerfile.apt_no_install_recommends
import data.palisade.lib.dockerfile_fixtures.doc

test_install_without_flag_is_flagged if {
	vs := apt_no_install_recommends.violation with input as doc([
		"FROM debian:12",
		"RUN apt-get update && apt-get install -y curl git && rm -rf /var/lib/apt/lists/*",
		"RUN apt-get update && apt-get -y --no-install-recommends install curl",
	])
	{v.path | some v in vs} == {["instructions", 1]}
	some v in vs
	v.msg == `"apt-get install -y curl git" installs recommended packages too; add --no-install-recommends`
}

test_flagged_installs_and_other_commands_are_clean if {
	count(apt_no_install_recommends.violation) == 0 with input as doc([
		"FROM debian:12",
		"RUN apt-get update && apt-get install -y --no-install-recommends curl",
		"RUN apt-get -o APT::Install-Recommends=false install -y git",
		"RUN apk add --no-cache curl",
	])
}
