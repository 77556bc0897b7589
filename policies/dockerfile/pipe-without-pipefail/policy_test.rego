package palisade.dockerfile.pipe_without_pipefail_test

import data.palisade.dockerfile.pipe_without_pipefail
import data.palisade.lib.dockerfile_fixtures.doc

test_pipes_without_pipefail_are_flagged if {
	vs := pipe_without_pipefail.violation with input as doc(["FROM debian:12", "RUN curl -fsSL https://x.example.com/t.tgz | tar xz", "RUN echo ok"])
	{v.path | some v in vs} == {["instructions", 1]}
}

test_pipefail_shells_and_scripts_are_clean if {
	count(pipe_without_pipefail.violation) == 0 with input as doc([
		"FROM debian:12",
		"RUN set -eo pipefail && curl -fsSL https://x.example.com/t.tgz | tar xz",
		"SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]",
		"RUN curl -fsSL https://x.example.com/t.tgz | tar xz",
	])
}
