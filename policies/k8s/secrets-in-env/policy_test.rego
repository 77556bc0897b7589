package palisade.k8s.secrets_in_env_test

import data.palisade.k8s.secrets_in_env

pod(env) := {"kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": [{"name": "app", "env": env}]}}

test_literal_credentials_are_flagged if {
	vs := secrets_in_env.violation with input as pod([
		{"name": "LOG_LEVEL", "value": "info"},
		{"name": "DB_PASSWORD", "value": "hunter2"},
		{"name": "STRIPE_API_KEY", "value": "sk_live_abc"},
		{"name": "AWS_SECRET_ACCESS_KEY", "value": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"},
	])
	{v.path | some v in vs} == {
		["spec", "containers", 0, "env", 1, "value"],
		["spec", "containers", 0, "env", 2, "value"],
		["spec", "containers", 0, "env", 3, "value"],
	}
	some v in vs
	v.msg == `container "app" in Pod "p" sets "DB_PASSWORD" as a literal value; reference a Secret with valueFrom.secretKeyRef instead`
}

test_private_key_value_is_flagged_whatever_the_name if {
	vs := secrets_in_env.violation with input as pod([{"name": "the_good_stuff", "value": "---BEGIN OPENSSH PRIVATE KEY---\nxxxxx\n---END OPENSSH PRIVATE KEY---\n"}])
	count(vs) == 1
}

test_secret_refs_and_harmless_names_are_clean if {
	count(secrets_in_env.violation) == 0 with input as pod([
		{"name": "DB_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "db", "key": "password"}}},
		{"name": "ALLOYDB_SECRET_NAME", "value": "alloydb-password"},
		{"name": "SOME_TOKEN_PATH", "value": "/var/run/secrets/token"},
		{"name": "GOOGLE_API_KEY", "value": "GOOGLE_API_KEY_VAL"},
		{"name": "API_TOKEN", "value": "$(TOKEN_FROM_SECRET)"},
		{"name": "TOKEN_TTL_SECONDS_FILE", "value": ""},
		{"name": "GREETING", "value": "hello"},
		{"name": "CACHE_SIZE", "value": "256"},
	])
}

test_token_formats_are_flagged_whatever_the_name if {
	vs := secrets_in_env.violation with input as pod([
		{"name": "UPSTREAM", "value": "ghp_0123456789abcdefghijABCDEFGHIJ012345"},
		{"name": "BOT", "value": "xoxb-123456789012-abcdefABCDEF"},
		{"name": "GREETING", "value": "Hello from the environment"},
		{"name": "MODE", "value": "JWT"},
	])
	{v.msg | some v in vs} == {
		`container "app" in Pod "p" puts a GitHub token in the literal value of "UPSTREAM"; reference a Secret instead`,
		`container "app" in Pod "p" puts a Slack token in the literal value of "BOT"; reference a Secret instead`,
	}
}
