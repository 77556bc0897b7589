package palisade.dockerfile.npm_unpinned_packages_test

import data.palisade.dockerfile.npm_unpinned_packages
import data.palisade.lib.dockerfile_fixtures.doc

test_unpinned_packages_are_flagged if {
	vs := npm_unpinned_packages.violation with input as doc([
		"FROM node:20.11-alpine",
		"RUN npm install -g typescript @angular/cli@17.3.0 pm2",
	])
	count(vs) > 0
	every v in vs { v.path == ["instructions", 1] }
}

test_pinned_packages_files_and_variables_are_clean if {
	count(npm_unpinned_packages.violation) == 0 with input as doc([
		"FROM node:20.11-alpine",
		"RUN npm install",
		"RUN npm ci --omit=dev && npm install -g typescript@5.4.5 @angular/cli@17.3.0 .",
	])
}
