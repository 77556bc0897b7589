package palisade.dockerfile.yum_missing_yes_test

import data.palisade.dockerfile.yum_missing_yes
import data.palisade.lib.dockerfile_fixtures.doc

test_prompting_installs_are_flagged if {
	vs := yum_missing_yes.violation with input as doc([
		"FROM centos:7",
		"RUN yum install httpd-2.4.6 && yum clean all",
		"RUN yum -y install git-2.43.0 && yum clean all",
	])
	{v.path | some v in vs} == {["instructions", 1]}
}

test_non_interactive_installs_are_clean if {
	count(yum_missing_yes.violation) == 0 with input as doc([
		"FROM centos:7",
		"RUN yum install -y httpd-2.4.6 && yum clean all",
		"RUN yum --assumeyes install git-2.43.0",
	])
}
