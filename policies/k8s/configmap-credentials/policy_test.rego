package palisade.k8s.configmap_credentials_test

import data.palisade.k8s.configmap_credentials

cm(entries) := {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c"}, "data": entries}

test_credentials_are_flagged if {
	vs := configmap_credentials.violation with input as cm({"LOG_LEVEL": "info", "db_password": "hunter2", "tls.key": "-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----\n"})
	{v.path | some v in vs} == {["data", "db_password"], ["data", "tls.key"]}
}

test_settings_and_placeholders_are_clean if {
	count(configmap_credentials.violation) == 0 with input as cm({"LOG_LEVEL": "info", "TOKEN_PATH": "/var/run/token", "API_KEY": "${API_KEY}", "password_policy_min": ""})
}

test_access_keys_are_flagged_whatever_the_key if {
	vs := configmap_credentials.violation with input as cm({"DB_URL": "AKIAIOSFODNN7EXAMPLE", "REGION": "eu-west-1", "BUCKET": "AKIA-reports"})
	{v.msg | some v in vs} == {`ConfigMap "c" holds an AWS access key ID in "DB_URL"; move it to a Secret`}
}
