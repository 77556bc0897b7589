package palisade.dockerfile.apt_get_missing_yes_test

import data.palisade.dockerfile.apt_get_missing_yes
import data.palisade.lib.dockerfile_fixtures.doc

test_prompting_installs_are_flagged if {
	vs := apt_get_missing_yes.violation with input as doc([
		"FROM ubuntu:24.04",
		"RUN apt-get update && apt-get install --no-install-recommends curl=8.5.0-2",
		"RUN apt-get install -qy --no-install-recommends git=1:2.43.0-1",
	])
	{v.path | some v in vs} == {["instructions", 1]}
}

test_non_interactive_installs_are_clean if {
	count(apt_get_missing_yes.violation) == 0 with input as doc([
		"FROM ubuntu:24.04",
		"RUN apt-get install -y curl=8.5.0-2",
		"RUN apt-get -qq install git=1:2.43.0-1",
		"RUN apt-get -q -q install git=1:2.43.0-1",
		"RUN apt-get --quiet --quiet install git=1:2.43.0-1",
		"RUN apt-get install --assume-yes jq=1.7.1-3",
	])
}
