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
#     kics: [apt_get_not_avoiding_additional_packages]
package palisade.dockerfile.apt_no_install_recommends

import data.palisade.lib.dockerfile

violation contains v if {
	some call in dockerfile.package_calls
	call.tool in {"apt-get", "apt"}
	call.sub == "install"
	not "--no-install-recommends" in call.argv
	not recommends_off(call.argv)
	v := {
		"msg": sprintf("%q installs recommended packages too; add --no-install-recommends", [concat(" ", call.words)]),
		"path": ["instructions", call.i],
	}
}

# `-o APT::Install-Recommends=false` (or `-oAPT::…`) says the same.
recommends_off(argv) if {
	some w in argv
	regex.match(`(?i)APT::Install-Recommends=("?)(false|0|no)`, w)
}
