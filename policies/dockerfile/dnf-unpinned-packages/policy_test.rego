package palisade.dockerfile.dnf_unpinned_packages_test

import data.palisade.dockerfile.dnf_unpinned_packages
import data.palisade.lib.dockerfile_fixtures.doc

test_unpinned_packages_are_flagged if {
	vs := dnf_unpinned_packages.violation with input as doc([
		"FROM fedora:40",
		"RUN dnf install -y nginx && dnf clean all",
	])
	count(vs) > 0
	every v in vs { v.path == ["instructions", 1] }
}

test_pinned_packages_files_and_variables_are_clean if {
	count(dnf_unpinned_packages.violation) == 0 with input as doc([
		"FROM fedora:40",
		"RUN dnf install -y nginx-1.24.0 @nodejs:20 && dnf clean all",
		"RUN microdnf install -y shadow-utils-4.9-8.el9 && microdnf clean all",
	])
}
