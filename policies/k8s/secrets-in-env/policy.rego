# METADATA
# title: Secret written as a literal environment variable
# description: >-
#   A password, token or key written as a literal `value` in the manifest is stored in Git, in
#   every rendered copy of the manifest and in the object in etcd, readable by anyone who can
#   read the workload. It cannot be rotated without a redeploy and ends up in logs and crash
#   reports that print the environment.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables
# custom:
#   id: k8s/secrets-in-env
#   severity: high
#   kinds: [kubernetes]
#   remediation: |
#     Move the value into a Secret (created outside Git, e.g. by External Secrets or Sealed
#     Secrets) and reference it with `valueFrom.secretKeyRef`, or mount it as a file.
#
#     Before:
#     ```yaml
#     env:
#       - name: DB_PASSWORD
#         value: hunter2
#     ```
#     After:
#     ```yaml
#     env:
#       - name: DB_PASSWORD
#         valueFrom:
#           secretKeyRef:
#             name: db-credentials
#             key: password
#     ```
#   tags: [security, secrets]
#   equivalents:
#     polaris: [sensitiveContainerEnvVar]
#     kubescape: [rule-credentials-in-env-var]
#     kube-linter: [env-var-secret]
package palisade.k8s.secrets_in_env

import data.palisade.lib.k8s

# Variable names that hold credentials. Matched on the lower-cased name; the list follows
# polaris's sensitiveContainerEnvVar and adds the common *_KEY spellings of credentials.
sensitive_name_patterns := [
	`password`, `passwd`, `token`, `secret`, `bearer`, `credential`,
	`api_?key`, `private_?key`, `access_?key`, `(encryption|signing|master|client)_?key`,
	`^azure_.+key$`, `^oci_cli_key_content$`,
]

# Names ending in _PATH, _FILE, _DIR, _NAME, _REF, _URL … say where a credential is or which
# one to use (`ALLOYDB_SECRET_NAME`, `TOKEN_PATH`), not the credential itself.
sensitive_name(name) if {
	lname := lower(name)
	some pattern in sensitive_name_patterns
	regex.match(pattern, lname)
	not regex.match(`_(path|file|dir|name|ref|url|uri|endpoint|host|location|id)$`, lname)
}

# Values that stand in for the credential rather than being one: a reference to another
# variable (`$(DB_PASS)`, `${DB_PASS}`), an `<angle-bracket>` hint, an identifier-style
# placeholder a deploy step substitutes (`GOOGLE_API_KEY_VAL`), or a file path.
placeholder(value) if regex.match(`^\$[({]?[A-Za-z_][A-Za-z0-9_]*[)}]?$`, value)

placeholder(value) if regex.match(`^<[^>]*>$`, value)

placeholder(value) if regex.match(`^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$`, value)

placeholder(value) if startswith(value, "/")

# Key material is a secret whatever the variable is called.
private_key(value) if regex.match(`-BEGIN\s+([A-Z]+\s+)*PRIVATE KEY-`, upper(value))

violation contains v if {
	some c in k8s.containers
	some i, env in c.container.env
	is_string(env.value)
	env.value != ""
	sensitive_name(env.name)
	not placeholder(env.value)
	v := {
		"msg": sprintf("%s in %s sets %q as a literal value; reference a Secret with valueFrom.secretKeyRef instead", [c.label, k8s.resource, env.name]),
		"path": array.concat(c.path, ["env", i, "value"]),
	}
}

violation contains v if {
	some c in k8s.containers
	some i, env in c.container.env
	is_string(env.value)
	not sensitive_name(env.name)
	private_key(env.value)
	v := {
		"msg": sprintf("%s in %s puts a private key in the literal value of %q; mount it from a Secret instead", [c.label, k8s.resource, env.name]),
		"path": array.concat(c.path, ["env", i, "value"]),
	}
}
