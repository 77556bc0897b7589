# METADATA
# title: MAINTAINER instruction is deprecated
# description: >-
#   MAINTAINER has been deprecated since Docker 1.13: tools read the author from the standard
#   OCI label instead, and newer builders warn about it.
# related_resources:
#   - ref: https://docs.docker.com/reference/dockerfile/#maintainer-deprecated
# custom:
#   id: dockerfile/maintainer-deprecated
#   severity: info
#   profile: strict
#   kinds: [dockerfile]
#   remediation: |
#     Use the OCI label.
#
#     Before:
#     ```dockerfile
#     MAINTAINER Jane Doe <jane@example.com>
#     ```
#     After:
#     ```dockerfile
#     LABEL org.opencontainers.image.authors="jane@example.com"
#     ```
#   tags: [best-practice]
#   equivalents:
#     hadolint: [DL4000]
#     kics: [maintainer_instruction_being_used]
package palisade.dockerfile.maintainer_deprecated

import data.palisade.lib.dockerfile

violation contains v if {
	some i, ins in input.instructions
	ins.cmd == "maintainer"
	v := {
		"msg": "MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors instead",
		"path": ["instructions", i],
	}
}
