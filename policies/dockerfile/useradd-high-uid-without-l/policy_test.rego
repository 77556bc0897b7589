package palisade.dockerfile.useradd_high_uid_without_l_test

import data.palisade.dockerfile.useradd_high_uid_without_l
import data.palisade.lib.dockerfile_fixtures.doc

test_high_uids_without_l_are_flagged if {
	vs := useradd_high_uid_without_l.violation with input as doc(["FROM debian:12", "RUN useradd -u 123456 foobar", "RUN useradd --uid=70000 x"])
	{v.path | some v in vs} == {["instructions", 1], ["instructions", 2]}
}

test_low_uids_and_l_are_clean if {
	count(useradd_high_uid_without_l.violation) == 0 with input as doc(["FROM debian:12", "RUN useradd -l -u 123456 foobar", "RUN useradd -u 10001 app", "RUN useradd app"])
}
