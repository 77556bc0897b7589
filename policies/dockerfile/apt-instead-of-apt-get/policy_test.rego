package palisade.dockerfile.apt_instead_of_apt_get_test

import data.palisade.dockerfile.apt_instead_of_apt_get
import data.palisade.lib.dockerfile_fixtures.doc

test_apt_is_flagged if {
	vs := apt_instead_of_apt_get.violation with input as doc(["FROM debian:12", "RUN apt update && apt install -y curl", "RUN apt-get install -y git"])
	{v.path | some v in vs} == {["instructions", 1]}
}

test_apt_get_and_other_tools_are_clean if {
	count(apt_instead_of_apt_get.violation) == 0 with input as doc(["FROM debian:12", "RUN apt-get update && apt-get install -y curl", "RUN apt-cache policy curl"])
}
