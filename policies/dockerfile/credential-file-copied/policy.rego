# METADATA
# title: COPY or ADD puts a credential file into the image
# description: >-
#   SSH private keys, `.netrc`, `.git-credentials`, `.npmrc`, `.pypirc`, cloud credential files
#   and Docker's config.json copied into a build end up in an image layer, even if a later step
#   deletes them: everyone who can pull the image can extract them with `docker save`.
# related_resources:
#   - ref: https://docs.docker.com/build/building/secrets/
#   - ref: https://cwe.mitre.org/data/definitions/798.html
# custom:
#   id: dockerfile/credential-file-copied
#   severity: high
#   kinds: [dockerfile]
#   remediation: |
#     Pass the credential as a build secret (or an SSH mount) for the one step that needs it.
#
#     Before:
#     ```dockerfile
#     COPY id_rsa /root/.ssh/id_rsa
#     RUN git clone git@github.com:acme/private.git
#     ```
#     After:
#     ```dockerfile
#     RUN --mount=type=ssh git clone git@github.com:acme/private.git
#     ```
#   tags: [security, secrets]
#   frameworks:
#     cwe: [CWE-798]
package palisade.dockerfile.credential_file_copied

import data.palisade.lib.dockerfile

# File names that hold credentials. `.pub` keys and example files are not secrets.
credential_file(name) if regex.match(`^(id_(rsa|dsa|ecdsa|ed25519)|\.netrc|_netrc|\.git-credentials|\.npmrc|\.pypirc|\.pgpass|\.dockercfg|credentials\.json|service-account(-key)?\.json)$`, name)

credential_path(src) if credential_file(basename(src))

# ~/.ssh, ~/.aws, ~/.docker/config.json and the like, copied as directories or files.
credential_path(src) if regex.match(`(^|/)\.(ssh|aws|gnupg|kube)(/|$)|(^|/)\.docker/config\.json$`, trim_suffix(src, "/"))

basename(p) := parts[count(parts) - 1] if {
	parts := split(trim_suffix(p, "/"), "/")
}

violation contains v if {
	some i, ins in input.instructions
	ins.cmd in {"copy", "add"}
	not ins.flags.from
	ws := dockerfile.words(ins)
	count(ws) >= 2
	some k, src in ws
	k < count(ws) - 1
	credential_path(src)
	v := {
		"msg": sprintf("%s copies %s into the image, where anyone who pulls it can read it; use a build secret (RUN --mount=type=secret or type=ssh) instead", [upper(ins.cmd), src]),
		"path": ["instructions", i],
	}
}
