# METADATA
# title: ADD downloads a remote file without a checksum
# description: >-
#   `ADD https://…` fetches whatever the server returns at build time, with no integrity check:
#   a compromised or hijacked download site, or a changed release asset, goes straight into the
#   image. The download is also invisible to dependency and vulnerability tooling.
# related_resources:
#   - ref: https://docs.docker.com/reference/dockerfile/#adding-files-from-a-url
# custom:
#   id: dockerfile/add-from-url
#   severity: medium
#   kinds: [dockerfile]
#   remediation: |
#     Pin the content with `ADD --checksum=sha256:…` (BuildKit), or download in a RUN step and
#     verify the checksum there.
#
#     Before:
#     ```dockerfile
#     ADD https://github.com/acme/tool/releases/download/v1.2.0/tool /usr/local/bin/tool
#     ```
#     After:
#     ```dockerfile
#     ADD --checksum=sha256:<sha256 of the file> \
#         https://github.com/acme/tool/releases/download/v1.2.0/tool /usr/local/bin/tool
#     ```
#   tags: [supply-chain]
#   equivalents:
#     kics: [curl_or_wget_instead_of_add]
package palisade.dockerfile.add_from_url

import data.palisade.lib.dockerfile

violation contains v if {
	some i, ins in input.instructions
	ins.cmd == "add"
	not ins.flags.checksum
	ws := dockerfile.words(ins)
	some src in array.slice(ws, 0, count(ws) - 1)
	regex.match(`^(https?|git|ftp)://|^git@`, src)
	v := {
		"msg": sprintf("ADD downloads %s without --checksum, so its content is not verified", [src]),
		"path": ["instructions", i],
	}
}
