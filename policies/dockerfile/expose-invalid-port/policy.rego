# METADATA
# title: EXPOSE names a port outside 0–65535
# description: >-
#   TCP and UDP ports are 16-bit numbers. An EXPOSE outside 1–65535 is a typo that documents a
#   port the container can never listen on, and some builders reject it.
# related_resources:
#   - ref: https://docs.docker.com/reference/dockerfile/#expose
# custom:
#   id: dockerfile/expose-invalid-port
#   severity: low
#   kinds: [dockerfile]
#   remediation: |
#     Fix the port number.
#
#     Before:
#     ```dockerfile
#     EXPOSE 80800
#     ```
#     After:
#     ```dockerfile
#     EXPOSE 8080
#     ```
#   tags: [correctness]
#   equivalents:
#     hadolint: [DL3011]
#     kics: [unix_ports_out_of_range]
package palisade.dockerfile.expose_invalid_port

import data.palisade.lib.dockerfile

# `8080`, `8080/tcp`, `8000-8010/udp`; `$PORT` is only known at build time.
violation contains v if {
	some i, ins in input.instructions
	ins.cmd == "expose"
	some spec in dockerfile.words(ins)
	not dockerfile.variable(spec)
	some port in split(split(spec, "/")[0], "-")
	regex.match(`^[0-9]+$`, port)
	not valid(to_number(port))
	v := {
		"msg": sprintf("EXPOSE %s: %s is not a valid port (1-65535)", [spec, port]),
		"path": ["instructions", i],
	}
}

valid(n) if {
	n >= 1
	n <= 65535
}
