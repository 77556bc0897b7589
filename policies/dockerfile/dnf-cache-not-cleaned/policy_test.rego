package palisade.dockerfile.dnf_cache_not_cleaned_test

import data.palisade.dockerfile.dnf_cache_not_cleaned
import data.palisade.lib.dockerfile_fixtures.doc

test_install_without_cleanup_is_flagged if {
	vs := dnf_cache_not_cleaned.violation with input as doc([
		"FROM fedora:40",
		"RUN dnf install -y nginx-1.26.1",
		"RUN dnf install -y nginx-1.26.1 && dnf clean all",
	])
	{v.path | some v in vs} == {["instructions", 1]}
}

test_cleanup_cache_mounts_and_build_stages_are_clean if {
	count(dnf_cache_not_cleaned.violation) == 0 with input as doc([
		"FROM fedora:40",
		"RUN dnf install -y nginx-1.26.1 && dnf clean all",
		"RUN dnf install -y nginx-1.26.1 && rm -rf /var/cache/dnf",
	])
}
