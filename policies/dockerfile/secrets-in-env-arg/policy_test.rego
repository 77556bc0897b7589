package palisade.dockerfile.secrets_in_env_arg_test

import data.palisade.dockerfile.secrets_in_env_arg

doc(instructions) := {"stages": [], "instructions": [object.union({"json": false, "stage": 0}, x) | some x in instructions], "args": {}}

test_literal_secrets_are_flagged if {
	vs := secrets_in_env_arg.violation with input as doc([
		{"cmd": "env", "args": [`APP_ENV=production DB_PASSWORD="s3cret pass"`]},
		{"cmd": "arg", "args": ["NPM_TOKEN=npm_abc123"]},
		{"cmd": "env", "args": ["API_KEY sk_live_123"]},
	])
	{v.path | some v in vs} == {["instructions", 0], ["instructions", 1], ["instructions", 2]}
	some v in vs
	v.msg == "ARG NPM_TOKEN sets a literal secret that ships with the image; use a build secret mount or a runtime secret"
}

test_references_empty_defaults_and_plain_names_are_clean if {
	count(secrets_in_env_arg.violation) == 0 with input as doc([
		{"cmd": "arg", "args": ["NPM_TOKEN"]},
		{"cmd": "env", "args": ["DB_PASSWORD_FILE=/run/secrets/db ${UNUSED}"]},
		{"cmd": "env", "args": ["GITHUB_TOKEN=${GITHUB_TOKEN}"]},
		{"cmd": "env", "args": [`TOKEN_URL=""`]},
		{"cmd": "env", "args": ["NODE_ENV=production PORT=8080"]},
		{"cmd": "env", "args": ["NODE_TLS_REJECT_UNAUTHORIZED=0 AUTHOR=jane ENABLE_AUTH=true"]},
	])
}

test_credential_formats_are_flagged_whatever_the_name if {
	vs := secrets_in_env_arg.violation with input as doc([
		{"cmd": "env", "args": ["UPSTREAM=AKIAIOSFODNN7EXAMPLE REGION=eu-west-1"]},
		{"cmd": "arg", "args": ["MODE=JWT"]},
	])
	{v.msg | some v in vs} == {"ENV UPSTREAM sets an AWS access key ID that ships with the image; use a build secret mount or a runtime secret"}
}
