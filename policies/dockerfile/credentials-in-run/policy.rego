# METADATA
# title: RUN passes a literal credential on the command line
# description: >-
#   A password or token written into a RUN instruction (`RUN NPM_TOKEN=npm_abc npm ci`, `curl -u
#   deploy:s3cret …`, `--password=…`) is stored in the image history and in the build cache, and
#   shows up in build logs. Anyone with the image or the logs has it.
# related_resources:
#   - ref: https://docs.docker.com/build/building/secrets/
#   - ref: https://cwe.mitre.org/data/definitions/798.html
# custom:
#   id: dockerfile/credentials-in-run
#   severity: high
#   kinds: [dockerfile]
#   remediation: |
#     Mount the credential as a build secret for that step.
#
#     Before:
#     ```dockerfile
#     RUN NPM_TOKEN=npm_abc123 npm ci
#     ```
#     After:
#     ```dockerfile
#     RUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci
#     ```
#   tags: [security, secrets]
#   frameworks:
#     cwe: [CWE-798]
package palisade.dockerfile.credentials_in_run

import data.palisade.lib.dockerfile

# Values that are no literal credential: empty, a variable or command substitution, a flag.
literal(value) if {
	v := trim(value, `"'`)
	v != ""
	not contains(v, "$")
	not lower(v) in {"true", "false", "yes", "no", "0", "1", "none", "null"}
}

credential_name(name) if {
	lname := lower(name)
	regex.match(`password|passwd|secret|token|api_?key|private_?key|access_?key|credential|(^|_)auth(_|$)`, lname)
	not regex.match(`_(file|path|dir|name|url)$`, lname)
}

violation contains v if {
	some a in dockerfile.run_assignments
	credential_name(a.name)
	literal(a.value)
	v := {
		"msg": sprintf("RUN sets %s to a literal value, which stays in the image history; use a build secret (RUN --mount=type=secret)", [a.name]),
		"path": ["instructions", a.i],
	}
}

# `curl -u user:password`, `--user=user:password`: a password after the colon.
violation contains v if {
	some rc in dockerfile.run_commands
	dockerfile.program(rc.argv) in {"curl", "wget"}
	some k, w in rc.argv
	user_option(rc.argv, k)
	cred := option_value(rc.argv, k)
	parts := split(cred, ":")
	count(parts) > 1
	literal(parts[1])
	v := {
		"msg": sprintf("%s passes a password with %s, which stays in the image history; use a build secret (RUN --mount=type=secret)", [dockerfile.program(rc.argv), w]),
		"path": ["instructions", rc.i],
	}
}

# `--password=…` / `--password …` / `-p…` of login commands.
violation contains v if {
	some rc in dockerfile.run_commands
	some k, w in rc.argv
	regex.match(`^--password(=.*)?$`, w)
	literal(option_value(rc.argv, k))
	v := {
		"msg": sprintf("%s passes a literal --password, which stays in the image history; use a build secret (RUN --mount=type=secret)", [dockerfile.program(rc.argv)]),
		"path": ["instructions", rc.i],
	}
}

user_option(argv, k) if argv[k] in {"-u", "--user", "--http-user"}

user_option(argv, k) if regex.match(`^--(user|http-user)=`, argv[k])

option_value(argv, k) := substring(argv[k], indexof(argv[k], "=") + 1, -1) if {
	contains(argv[k], "=")
} else := argv[k + 1]
