# METADATA
# title: Repository has no licence file
# description: >-
#   Code without a licence is "all rights reserved" by default: nobody, including other teams
#   and downstream users, may legally use, copy or modify it, and licence scanners flag every
#   consumer. An explicit licence file removes that ambiguity.
# related_resources:
#   - ref: https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/licensing-a-repository
# custom:
#   id: repository/license-missing
#   severity: info
#   kinds: [repository]
#   remediation: |
#     Add a LICENSE file at the root (for internal code, a short proprietary notice), and set
#     the same identifier in package.json's `license`.
#
#     Example: `LICENSE` with the Apache-2.0 text, and in package.json:
#     ```json
#     { "license": "Apache-2.0" }
#     ```
#   tags: [governance, compliance]
package palisade.repository.license_missing

import data.palisade.lib.repository

# LICENSE, LICENCE, COPYING, UNLICENSE, with or without an extension, any case (the root's
# names come lower-cased), at the root.
licence_file(f) if regex.match(`^(licen[cs]e|copying|unlicense)([.-][a-z0-9.-]+)?$`, f)

violation contains v if {
	is_array(input.files)
	count({f | some f in repository.root_files; licence_file(f)}) == 0
	v := {
		"msg": "the repository has no licence file at its root (LICENSE, LICENCE or COPYING); add one so others know how they may use the code",
		"path": ["files"],
	}
}
