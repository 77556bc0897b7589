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
