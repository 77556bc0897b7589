package palisade.dockerfile.dnf_missing_yes_test

import data.palisade.dockerfile.dnf_missing_yes
import data.palisade.lib.dockerfile_fixtures.doc

test_prompting_installs_are_flagged if {
	vs := dnf_missing_yes.violation with input as doc([
		"FROM fedora:40",
		"RUN dnf install nginx-1.26.1 && dnf clean all",
		"RUN dnf -y install git-2.45.2 && dnf clean all",
	])
	{v.path | some v in vs} == {["instructions", 1]}
}

test_non_interactive_installs_are_clean if {
	count(dnf_missing_yes.violation) == 0 with input as doc([
		"FROM fedora:40",
		"RUN dnf install -y nginx-1.26.1 && dnf clean all",
		"RUN microdnf install shadow-utils-4.9 && microdnf clean all",
	])
}
