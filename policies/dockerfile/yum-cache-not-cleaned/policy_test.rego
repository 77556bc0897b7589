package palisade.dockerfile.yum_cache_not_cleaned_test

import data.palisade.dockerfile.yum_cache_not_cleaned
import data.palisade.lib.dockerfile_fixtures.doc

test_install_without_cleanup_is_flagged if {
	vs := yum_cache_not_cleaned.violation with input as doc([
		"FROM centos:7",
		"RUN yum install -y httpd-2.4.6",
		"RUN yum install -y httpd-2.4.6 && yum clean all",
	])
	{v.path | some v in vs} == {["instructions", 1]}
}

test_cleanup_cache_mounts_and_build_stages_are_clean if {
	count(yum_cache_not_cleaned.violation) == 0 with input as doc([
		"FROM centos:7",
		"RUN yum install -y httpd-2.4.6 && yum clean all",
		"RUN yum install -y httpd-2.4.6 && rm -rf /var/cache/yum",
	])
}
