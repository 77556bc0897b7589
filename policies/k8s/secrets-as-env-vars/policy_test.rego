package palisade.k8s.secrets_as_env_vars_test

import data.palisade.k8s.secrets_as_env_vars

pod(spec) := {"kind": "Pod", "metadata": {"name": "p", "namespace": "app"}, "spec": spec}

test_secret_env_references_are_flagged if {
	vs := secrets_as_env_vars.violation with input as pod({"containers": [{
		"name": "a",
		"env": [{"name": "A", "value": "1"}, {"name": "DB_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "db", "key": "password"}}}],
		"envFrom": [{"configMapRef": {"name": "cfg"}}, {"secretRef": {"name": "api"}}],
	}]})
	{v.path | some v in vs} == {
		["spec", "containers", 0, "env", 1],
		["spec", "containers", 0, "envFrom", 1],
	}
}

test_mounted_secrets_and_config_maps_are_clean if {
	count(secrets_as_env_vars.violation) == 0 with input as pod({
		"containers": [{"name": "a", "envFrom": [{"configMapRef": {"name": "cfg"}}], "volumeMounts": [{"name": "db", "mountPath": "/s"}]}],
		"volumes": [{"name": "db", "secret": {"secretName": "db"}}],
	})
}
