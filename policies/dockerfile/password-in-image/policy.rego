# METADATA
# title: RUN sets or removes an account password
# description: >-
#   `chpasswd`, `passwd --stdin`, `useradd -p`/`usermod -p` and `passwd -d` write a password (or
#   an empty one) into the image's /etc/shadow, and the command line that set it stays readable
#   in the image history. Everyone who can pull the image knows the credential, and every
#   container started from it shares it.
# related_resources:
#   - ref: https://docs.docker.com/build/building/secrets/
#   - ref: https://cwe.mitre.org/data/definitions/798.html
# custom:
#   id: dockerfile/password-in-image
#   severity: high
#   kinds: [dockerfile]
#   remediation: |
#     Do not give accounts in an image a password: run as an unprivileged user with no password
#     (`useradd --system`), and pass real credentials at run time from a secret store.
#
#     Before:
#     ```dockerfile
#     RUN useradd -m app && echo 'app:S3cret!' | chpasswd
#     ```
#     After:
#     ```dockerfile
#     RUN useradd --system --no-create-home --shell /usr/sbin/nologin app
#     USER app
#     ```
#   tags: [security, secrets]
#   frameworks:
#     cwe: [CWE-798]
package palisade.dockerfile.password_in_image

import data.palisade.lib.dockerfile

set_by contains [rc.i, "chpasswd"] if {
	some rc in dockerfile.run_commands
	dockerfile.program(rc.argv) == "chpasswd"
}

set_by contains [rc.i, sprintf("passwd %s", [w])] if {
	some rc in dockerfile.run_commands
	dockerfile.program(rc.argv) == "passwd"
	some w in rc.argv
	w in {"--stdin", "-d", "--delete"}
}

set_by contains [rc.i, sprintf("%s %s", [dockerfile.program(rc.argv), w])] if {
	some rc in dockerfile.run_commands
	dockerfile.program(rc.argv) in {"useradd", "usermod", "adduser"}
	some w in rc.argv
	regex.match(`^(-p|--password(=.*)?)$`, w)
}

violation contains v if {
	some [i, what] in set_by
	v := {
		"msg": sprintf("%s puts an account password into the image, where everyone who pulls it can read it; create the user without a password and pass credentials at run time", [what]),
		"path": ["instructions", i],
	}
}
