# METADATA
# title: Build downloads over plain HTTP
# description: >-
#   A file fetched over `http://` (with curl, wget, git or ADD) can be read and replaced by
#   anyone on the network path, and nothing in the build notices. What is downloaded usually
#   ends up executed or shipped in the image.
# related_resources:
#   - ref: https://owasp.org/www-project-top-10-ci-cd-security-risks/CICD-SEC-03-Dependency-Chain-Abuse
#   - ref: https://cwe.mitre.org/data/definitions/319.html
# custom:
#   id: dockerfile/http-download
#   severity: medium
#   kinds: [dockerfile]
#   remediation: |
#     Use the `https://` URL (and verify a checksum or signature of what you download).
#
#     Before:
#     ```dockerfile
#     RUN wget http://downloads.example.com/tool-1.2.0.tar.gz
#     ```
#     After:
#     ```dockerfile
#     RUN wget https://downloads.example.com/tool-1.2.0.tar.gz \
#      && echo "<sha256>  tool-1.2.0.tar.gz" | sha256sum -c -
#     ```
#   tags: [security, supply-chain]
#   frameworks:
#     cwe: [CWE-319]
#   equivalents:
#     kics: [avoid_http]
package palisade.dockerfile.http_download

import data.palisade.lib.dockerfile

downloaders := {"curl", "wget", "git", "aria2c", "fetch"}

violation contains v if {
	some rc in dockerfile.run_commands
	dockerfile.program(rc.argv) in downloaders
	some w in rc.argv
	insecure_url(w)
	v := {
		"msg": sprintf("%s fetches %s over plain HTTP, which anyone on the network path can tamper with; use https://", [dockerfile.program(rc.argv), w]),
		"path": ["instructions", rc.i],
	}
}

violation contains v if {
	some i, ins in input.instructions
	ins.cmd == "add"
	some w in dockerfile.words(ins)
	insecure_url(w)
	v := {
		"msg": sprintf("ADD fetches %s over plain HTTP, which anyone on the network path can tamper with; use https://", [w]),
		"path": ["instructions", i],
	}
}

# Loopback addresses never leave the build machine.
insecure_url(w) if {
	regex.match(`(?i)^http://`, w)
	not regex.match(`(?i)^http://(localhost|127\.[0-9.]+|\[::1\])([:/]|$)`, w)
}
