package palisade.dockerfile.pip_cache_not_disabled_test

import data.palisade.dockerfile.pip_cache_not_disabled
import data.palisade.lib.dockerfile_fixtures.doc

test_install_without_cleanup_is_flagged if {
	vs := pip_cache_not_disabled.violation with input as doc([
		"FROM python:3.12-slim",
		"RUN pip install -r requirements.txt",
		"RUN pip install --no-cache-dir flask==3.0.3",
	])
	{v.path | some v in vs} == {["instructions", 1]}
}

test_cleanup_cache_mounts_and_build_stages_are_clean if {
	count(pip_cache_not_disabled.violation) == 0 with input as doc([
		"FROM python:3.12-slim",
		"RUN pip install --no-cache-dir -r requirements.txt",
		"RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt",
	])
}
