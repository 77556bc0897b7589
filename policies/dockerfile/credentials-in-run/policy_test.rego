package palisade.dockerfile.credentials_in_run_test

import data.palisade.dockerfile.credentials_in_run
import data.palisade.lib.dockerfile_fixtures.doc

test_literal_credentials_are_flagged if {
	vs := credentials_in_run.violation with input as doc([
		"FROM node:20.11-alpine",
		"RUN NPM_TOKEN=npm_abc123 npm ci",
		"RUN curl -fsSL -u deploy:s3cret https://repo.example.com/x -o /x",
		"RUN mysql --password=hunter2 -e select",
		"RUN export GITHUB_TOKEN=ghp_abc && make",
	])
	{v.path[1] | some v in vs} == {1, 2, 3, 4}
}

test_secrets_from_mounts_and_variables_are_clean if {
	count(credentials_in_run.violation) == 0 with input as doc([
		"FROM node:20.11-alpine",
		"RUN NPM_TOKEN=$(cat-/run/secrets/npm) npm ci",
		"RUN curl -u deploy:$REPO_PASSWORD https://repo.example.com/x",
		"RUN curl -u deploy https://repo.example.com/x",
		"RUN TOKEN_FILE=/run/secrets/t make",
	])
}
