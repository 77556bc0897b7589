# METADATA
# title: Dependency accepts any version
# description: >-
#   A version of `*`, `latest`, `x` or an empty string accepts whatever is published next,
#   including major releases with breaking changes and a hijacked maintainer's malicious
#   release. Without a lockfile it is installed immediately; with one, the next lock refresh
#   pulls it in unreviewed.
# related_resources:
#   - ref: https://docs.npmjs.com/cli/v10/configuring-npm/package-json#dependencies
# custom:
#   id: repository/unbounded-version-range
#   severity: medium
#   kinds: [package-json]
#   remediation: |
#     Depend on a bounded range (usually a caret range on the current major) or an exact version.
#
#     Before:
#     ```json
#     "dependencies": { "lodash": "*" }
#     ```
#     After:
#     ```json
#     "dependencies": { "lodash": "^4.17.21" }
#     ```
#   tags: [supply-chain, reproducibility]
package palisade.repository.unbounded_version_range

sections := {"dependencies", "devDependencies", "optionalDependencies"}

unbounded := {"", "*", "x", "X", "latest", "next"}

violation contains v if {
	some section in sections
	some name, spec in input[section]
	is_string(spec)
	trim_space(spec) in unbounded
	v := {
		"msg": sprintf("%s %q accepts any version (%q); depend on a bounded range such as ^<current major>", [section, name, spec]),
		"path": [section, name],
	}
}
