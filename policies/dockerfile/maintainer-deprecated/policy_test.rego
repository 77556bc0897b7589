package palisade.dockerfile.maintainer_deprecated_test

import data.palisade.dockerfile.maintainer_deprecated
import data.palisade.lib.dockerfile_fixtures.doc

test_maintainer_is_flagged if {
	vs := maintainer_deprecated.violation with input as doc(["FROM alpine:3.20", "MAINTAINER jane@example.com"])
	{v.path | some v in vs} == {["instructions", 1]}
}

test_label_is_clean if {
	count(maintainer_deprecated.violation) == 0 with input as doc(["FROM alpine:3.20", "LABEL org.opencontainers.image.authors=jane@example.com"])
}
