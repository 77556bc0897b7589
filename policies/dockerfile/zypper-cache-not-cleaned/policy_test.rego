package palisade.dockerfile.zypper_cache_not_cleaned_test

import data.palisade.dockerfile.zypper_cache_not_cleaned
import data.palisade.lib.dockerfile_fixtures.doc

test_install_without_cleanup_is_flagged if {
	vs := zypper_cache_not_cleaned.violation with input as doc([
		"FROM opensuse/leap:15.6",
		"RUN zypper install -y curl=8.6.0",
		"RUN zypper install -y git=2.45.2 && zypper cc -a",
	])
	{v.path | some v in vs} == {["instructions", 1]}
}

test_cleanup_cache_mounts_and_build_stages_are_clean if {
	count(zypper_cache_not_cleaned.violation) == 0 with input as doc([
		"FROM opensuse/leap:15.6",
		"RUN zypper --non-interactive install -y curl=8.6.0 && zypper clean --all",
	])
}
