package palisade.dockerfile.zypper_unpinned_packages_test

import data.palisade.dockerfile.zypper_unpinned_packages
import data.palisade.lib.dockerfile_fixtures.doc

test_unpinned_packages_are_flagged if {
	vs := zypper_unpinned_packages.violation with input as doc([
		"FROM opensuse/leap:15.6",
		"RUN zypper install -y curl && zypper clean",
	])
	count(vs) > 0
	every v in vs { v.path == ["instructions", 1] }
}

test_pinned_packages_files_and_variables_are_clean if {
	count(zypper_unpinned_packages.violation) == 0 with input as doc([
		"FROM opensuse/leap:15.6",
		"RUN zypper --non-interactive install -y curl=8.6.0 'git>=2.45' && zypper clean",
	])
}

# Unquoted, `>` is a redirection: the shell installs the latest git and writes to a file `=2.45`.
test_an_unquoted_version_range_is_a_redirection if {
	vs := zypper_unpinned_packages.violation with input as doc([
		"FROM opensuse/leap:15.6",
		"RUN zypper --non-interactive install -y curl=8.6.0 git>=2.45 && zypper clean",
	])
	count(vs) == 1
	some v in vs
	contains(v.msg, "installs git without a version")
}
