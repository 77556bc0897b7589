package palisade.dockerfile.run_cd_instead_of_workdir_test

import data.palisade.dockerfile.run_cd_instead_of_workdir
import data.palisade.lib.dockerfile_fixtures.doc

test_cd_is_flagged if {
	vs := run_cd_instead_of_workdir.violation with input as doc(["FROM node:20.11", "RUN cd /app && npm ci", "RUN npm test"])
	{v.path | some v in vs} == {["instructions", 1]}
}

test_workdir_is_clean if {
	count(run_cd_instead_of_workdir.violation) == 0 with input as doc(["FROM node:20.11", "WORKDIR /app", "RUN npm ci && make -C /app/native"])
}
