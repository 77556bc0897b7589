package palisade.dockerfile.yum_unpinned_packages_test

import data.palisade.dockerfile.yum_unpinned_packages
import data.palisade.lib.dockerfile_fixtures.doc

test_unpinned_packages_are_flagged if {
	vs := yum_unpinned_packages.violation with input as doc([
		"FROM centos:7",
		"RUN yum install -y httpd python3-pip && yum clean all",
	])
	count(vs) > 0
	every v in vs { v.path == ["instructions", 1] }
}

test_pinned_packages_files_and_variables_are_clean if {
	count(yum_unpinned_packages.violation) == 0 with input as doc([
		"FROM centos:7",
		"RUN yum install -y httpd-2.4.57 @development /tmp/x.rpm && yum clean all",
	])
}
