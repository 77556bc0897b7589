# METADATA
# title: apt-get install pulls in recommended packages
# description: >-
#   Without `--no-install-recommends` apt installs every "recommended" package too, often
#   hundreds of megabytes of tools nobody asked for. Each one enlarges the image and its attack
#   surface and adds CVEs to every scan.
# related_resources:
#   - ref: https://docs.docker.com/build/building/best-practices/#apt-get
# custom:
#   id: dockerfile/apt-no-install-recommends
#   severity: low
#   kinds: [dockerfile]
#   remediation: |
#     Add `--no-install-recommends` to every `apt-get install`.
#
#     Before:
#     ```dockerfile
#     RUN apt-get update && apt-get install -y curl
#     ```
#     After:
#     ```dockerfile
#     RUN apt-get update && apt-get install -y --no-install-recommends curl
#     ```
#   tags: [best-practice, image-size]
#   equivalents:
#     hadolint: [DL3015]
package palisade.dockerfile.apt_no_install_recommends

import data.palisade.lib.dockerfile

violation contains v if {
	some i, ins in input.instructions
	ins.cmd == "run"
	some command in dockerfile.commands(ins)
	regex.match(`^(sudo\s+)?apt-get\s+(-\S+\s+)*install\b`, command)
	not contains(command, "--no-install-recommends")
	not regex.match(`-o\s*APT::Install-Recommends=(false|0)`, command)
	v := {
		"msg": sprintf("%q installs recommended packages too; add --no-install-recommends", [command]),
		"path": ["instructions", i],
	}
}
