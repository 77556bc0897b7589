package palisade.dockerfile.zypper_non_interactive_test

import data.palisade.dockerfile.zypper_non_interactive
import data.palisade.lib.dockerfile_fixtures.doc

test_prompting_installs_are_flagged if {
	vs := zypper_non_interactive.violation with input as doc([
		"FROM opensuse/leap:15.6",
		"RUN zypper install curl=8.6.0 && zypper clean",
		"RUN zypper -n install git=2.45.2 && zypper clean",
	])
	{v.path | some v in vs} == {["instructions", 1]}
}

test_non_interactive_installs_are_clean if {
	count(zypper_non_interactive.violation) == 0 with input as doc([
		"FROM opensuse/leap:15.6",
		"RUN zypper --non-interactive install curl=8.6.0 && zypper clean",
		"RUN zypper install -y git=2.45.2 && zypper clean",
	])
}
