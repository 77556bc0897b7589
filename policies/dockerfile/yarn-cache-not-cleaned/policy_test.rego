package palisade.dockerfile.yarn_cache_not_cleaned_test

import data.palisade.dockerfile.yarn_cache_not_cleaned
import data.palisade.lib.dockerfile_fixtures.doc

test_install_without_cleanup_is_flagged if {
	vs := yarn_cache_not_cleaned.violation with input as doc([
		"FROM node:20.11-alpine",
		"RUN yarn install --frozen-lockfile",
		"RUN yarn add left-pad@1.3.0 && yarn cache clean",
	])
	{v.path | some v in vs} == {["instructions", 1]}
}

test_cleanup_cache_mounts_and_build_stages_are_clean if {
	count(yarn_cache_not_cleaned.violation) == 0 with input as doc([
		"FROM node:20.11-alpine",
		"RUN yarn install --frozen-lockfile && yarn cache clean",
		"RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile",
	])
}
