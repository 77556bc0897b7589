# METADATA
# title: Dependency installed from a git, HTTP or file URL
# description: >-
#   A dependency given as a git repository, tarball URL or local path bypasses the registry: no
#   integrity hash is pinned for git branches, the content can change under the same URL, audit
#   and vulnerability tools cannot see it, and `file:` paths break outside the author's machine.
# related_resources:
#   - ref: https://docs.npmjs.com/cli/v10/configuring-npm/package-json#dependencies
# custom:
#   id: repository/dependency-from-url
#   severity: medium
#   kinds: [package-json]
#   remediation: |
#     Publish the package to your registry (public or private) and depend on a version range.
#
#     Before:
#     ```json
#     "dependencies": { "acme-utils": "git+https://github.com/acme/utils.git#main" }
#     ```
#     After:
#     ```json
#     "dependencies": { "@acme/utils": "^2.3.0" }
#     ```
#   tags: [supply-chain]
package palisade.repository.dependency_from_url

sections := {"dependencies", "devDependencies", "optionalDependencies", "peerDependencies"}

# git+ssh://, git://, github:user/repo, http(s):// tarballs, file:/link: paths, and npm's
# `user/repo` GitHub shorthand. `npm:` aliases and `workspace:` ranges are registry-backed.
source_kind(spec) := "a git repository" if {
	regex.match(`^(git\+|git://|git@|github:|gitlab:|bitbucket:|gist:)`, spec)
} else := "a URL" if {
	regex.match(`^https?://`, spec)
} else := "a local path" if {
	regex.match(`^(file:|link:|\.{0,2}/|~/)`, spec)
} else := "a GitHub repository" if {
	regex.match(`^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(#.*)?$`, spec)
}

violation contains v if {
	some section in sections
	some name, spec in input[section]
	is_string(spec)
	kind := source_kind(spec)
	v := {
		"msg": sprintf("%s %q comes from %s (%s), not the registry; publish it and depend on a version", [section, name, kind, spec]),
		"path": [section, name],
	}
}
