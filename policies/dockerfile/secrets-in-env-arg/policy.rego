# METADATA
# title: Secret baked into the image through ENV or ARG
# description: >-
#   A literal password, token or key in ENV is stored in the image config and visible to anyone
#   who can pull the image (`docker inspect`); an ARG default is recorded in the image history.
#   Either way the secret ships with every copy of the image and cannot be rotated without a
#   rebuild.
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

import data.palisade.lib.dockerfile

# Names that hold a credential; `*_FILE`, `*_PATH` and `*_DIR` hold where one is, not the secret.
sensitive_name(name) if {
	lname := lower(name)
	regex.match(`password|passwd|secret|token|api_?key|private_?key|access_?key|credential|auth`, lname)
	not regex.match(`_(file|path|dir)$`, lname)
}

# A literal worth reporting: not empty and not just a reference to another variable.
literal(value) if {
	v := trim(value, `"'`)
	v != ""
	not regex.match(`^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$`, v)
}

# The NAME/value pairs of an ENV or ARG: the legacy `ENV NAME value` form (no `=` in its first
# word), else every NAME=value (`ENV A=1 B="x y"`, `ARG A=1`).
pairs(ins) := [[ws[0], concat(" ", array.slice(ws, 1, count(ws)))]] if {
	ins.cmd == "env"
	ws := dockerfile.words(ins)
	count(ws) >= 2
	not contains(ws[0], "=")
} else := [[m[1], m[2]] | some m in regex.find_all_string_submatch_n(`([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|'[^']*'|\S*)`, dockerfile.text(ins), -1)]

violation contains v if {
	some i, ins in input.instructions
	ins.cmd in {"env", "arg"}
	some pair in pairs(ins)
	sensitive_name(pair[0])
	literal(pair[1])
	v := {
		"msg": sprintf("%s %s sets a literal secret that ships with the image; use a build secret mount or a runtime secret", [upper(ins.cmd), pair[0]]),
		"path": ["instructions", i],
	}
}
