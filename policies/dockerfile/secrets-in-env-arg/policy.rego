# METADATA
# title: Secret baked into the image through ENV or ARG
# description: >-
#   A literal password, token or key in ENV is stored in the image config and visible to anyone
#   who can pull the image (`docker inspect`); an ARG default is recorded in the image history.
#   Either way the secret ships with every copy of the image and cannot be rotated without a
#   rebuild. Reported for a variable named like a credential, and for a value in a credential's
#   own format (a private key, an AWS access key ID, a GitHub, GitLab, Slack or npm token …)
#   whatever the name.
# related_resources:
#   - ref: https://docs.docker.com/build/building/secrets/
# custom:
#   id: dockerfile/secrets-in-env-arg
#   severity: high
#   kinds: [dockerfile]
#   remediation: |
#     Pass build-time secrets with BuildKit secret mounts and runtime secrets through the
#     orchestrator's secret store, never as ENV/ARG values.
#
#     Before:
#     ```dockerfile
#     ARG NPM_TOKEN=npm_abc123
#     RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci
#     ```
#     After:
#     ```dockerfile
#     RUN --mount=type=secret,id=npm_token \
#         NPM_TOKEN="$(cat /run/secrets/npm_token)" npm ci
#     ```
#   tags: [security, secrets]
package palisade.dockerfile.secrets_in_env_arg

import data.palisade.lib.credentials
import data.palisade.lib.dockerfile

# Names that hold a credential, judged by their words (`DB_PASSWORD`, `apiKey`): `AUTH` only
# as a word of its own, so `NODE_TLS_REJECT_UNAUTHORIZED` and `AUTHOR` are not credentials.
# `*_FILE`, `*_PATH` and `*_DIR` hold where one is, not the secret.
sensitive_name(name) if {
	lname := lower(name)
	regex.match(`password|passwd|secret|token|api_?key|private_?key|access_?key|credential|(^|_)auth(_|$)`, lname)
	not regex.match(`_(file|path|dir)$`, lname)
}

# A literal worth reporting: not empty, not a reference to another variable, and not a flag
# value (`true`, `0`), which no credential is.
literal(value) if {
	v := trim(value, `"'`)
	v != ""
	not regex.match(`^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$`, v)
	not lower(v) in {"true", "false", "yes", "no", "0", "1", "none", "null"}
}

violation contains v if {
	some s in dockerfile.variable_settings
	sensitive_name(s.name)
	literal(s.value)
	v := {
		"msg": sprintf("%s %s sets a literal secret that ships with the image; use a build secret mount or a runtime secret", [upper(s.ins.cmd), s.name]),
		"path": ["instructions", s.i],
	}
}

# A value in a credential's own format (a private key, an AWS access key ID, a GitHub token …)
# is a secret whatever the variable is called.
violation contains v if {
	some s in dockerfile.variable_settings
	not sensitive_name(s.name)
	what := credentials.credential_value(s.value)
	v := {
		"msg": sprintf("%s %s sets %s that ships with the image; use a build secret mount or a runtime secret", [upper(s.ins.cmd), s.name, what]),
		"path": ["instructions", s.i],
	}
}
