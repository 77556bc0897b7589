package palisade.dockerfile.gem_unpinned_packages_test

import data.palisade.dockerfile.gem_unpinned_packages
import data.palisade.lib.dockerfile_fixtures.doc

test_unpinned_packages_are_flagged if {
	vs := gem_unpinned_packages.violation with input as doc([
		"FROM ruby:3.3-slim",
		"RUN gem install bundler rake:13.2.1 && gem install grpc -v 1.62.0 blunder",
	])
	count(vs) > 0
	every v in vs { v.path == ["instructions", 1] }
}

test_pinned_packages_files_and_variables_are_clean if {
	count(gem_unpinned_packages.violation) == 0 with input as doc([
		"FROM ruby:3.3-slim",
		"RUN gem install bundler:2.5.9 rake:13.2.1 && gem install grpc -v 1.62.0",
	])
}
