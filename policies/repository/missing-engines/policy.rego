# METADATA
# title: package.json does not declare the Node.js versions it supports
# description: >-
#   Without `engines.node`, nothing stops the package from being installed and run on a Node.js
#   version it was never tested with, including end-of-life versions without security fixes;
#   failures then surface at run time instead of at install.
# related_resources:
#   - ref: https://docs.npmjs.com/cli/v10/configuring-npm/package-json#engines
# custom:
#   id: repository/missing-engines
#   severity: low
#   kinds: [package-json]
#   remediation: |
#     Declare the supported Node.js range (and set `engine-strict=true` in .npmrc to enforce it).
#
#     Before:
#     ```json
#     { "name": "api", "version": "1.0.0" }
#     ```
#     After:
#     ```json
#     { "name": "api", "version": "1.0.0", "engines": { "node": ">=20" } }
#     ```
#   tags: [reliability]
package palisade.repository.missing_engines

violation contains v if {
	is_object(input)
	not is_string(object.get(input, ["engines", "node"], null))
	v := {
		"msg": sprintf("package %q does not declare engines.node; state the Node.js versions it supports, e.g. \"engines\": {\"node\": \">=20\"}", [object.get(input, "name", "(unnamed)")]),
		"path": path,
	}
}

# The engines object if there is one (it lacks `node`), else the manifest itself.
path := ["engines"] if {
	is_object(input.engines)
} else := []
