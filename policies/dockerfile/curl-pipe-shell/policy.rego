# METADATA
# title: RUN pipes a download straight into a shell
# description: >-
#   `curl … | sh` runs whatever the server sends at build time, unseen and unverified: a
#   compromised install script, a hijacked domain or a truncated download executes as root in
#   the build. Nothing records what was run, so the image cannot be reproduced or audited.
# related_resources:
#   - ref: https://docs.docker.com/build/building/best-practices/#run
# custom:
#   id: dockerfile/curl-pipe-shell
#   severity: high
#   kinds: [dockerfile]
#   remediation: |
#     Download the script to a file, verify its checksum (or signature), then run it; better,
#     install the tool from a package manager or a pinned release artifact.
#
#     Before:
#     ```dockerfile
#     RUN curl -fsSL https://example.com/install.sh | sh
#     ```
#     After:
#     ```dockerfile
#     RUN curl -fsSLo /tmp/install.sh https://example.com/v1.4.2/install.sh \
#         && echo "<sha256>  /tmp/install.sh" | sha256sum -c - \
#         && sh /tmp/install.sh && rm /tmp/install.sh
#     ```
#   tags: [supply-chain, security]
package palisade.dockerfile.curl_pipe_shell

import data.palisade.lib.dockerfile

# A download (curl/wget) whose output is piped into a shell or interpreter, possibly via sudo.
pattern := `(^|[\s;&|(])(curl|wget)\s[^|;&]*\|\s*(sudo\s+(-\S+\s+)*)?(env\s+)?(\w+=\S+\s+)*(ba|z|da|k|fi)?sh\b|(curl|wget)\s[^|;&]*\|\s*(sudo\s+)?(python3?|perl|ruby|node)\b`

violation contains v if {
	some i, ins in input.instructions
	ins.cmd == "run"
	found := regex.find_n(pattern, dockerfile.script(ins), 1)
	count(found) > 0
	v := {
		"msg": sprintf("RUN pipes a download into an interpreter (%s); download to a file and verify its checksum before running it", [trim_space(found[0])]),
		"path": ["instructions", i],
	}
}
