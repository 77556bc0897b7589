package palisade.dockerfile.pip_unpinned_packages_test

import data.palisade.dockerfile.pip_unpinned_packages
import data.palisade.lib.dockerfile_fixtures.doc

test_unpinned_packages_are_flagged if {
	vs := pip_unpinned_packages.violation with input as doc([
		"FROM python:3.12-slim",
		"RUN pip install --no-cache-dir flask gunicorn==22.0.0",
	])
	count(vs) > 0
	every v in vs { v.path == ["instructions", 1] }
}

test_pinned_packages_files_and_variables_are_clean if {
	count(pip_unpinned_packages.violation) == 0 with input as doc([
		"FROM python:3.12-slim",
		"RUN pip install --no-cache-dir -r requirements.txt",
		"RUN python3 -m pip install --no-cache-dir flask==3.0.3 .[test] $EXTRA",
	])
}
