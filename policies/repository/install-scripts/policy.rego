# METADATA
# title: package.json runs an install-time script
# description: >-
#   `preinstall`, `install` and `postinstall` scripts run automatically, with the installing
#   user's rights, whenever the package is installed: on developer laptops and in CI with its
#   secrets. They are the most common way malicious npm packages execute, and a package that
#   ships one teaches its users to allow them.
# related_resources:
#   - ref: https://docs.npmjs.com/cli/v10/using-npm/scripts#life-cycle-scripts
# custom:
#   id: repository/install-scripts
#   severity: medium
#   kinds: [package-json]
#   remediation: |
#     Move the work to an explicit script (e.g. `npm run setup`) or to `prepare`, which runs
#     only in the package's own checkout, and install dependencies with `--ignore-scripts`
#     where possible.
#
#     Before:
#     ```json
#     "scripts": { "postinstall": "node scripts/download-binary.js" }
#     ```
#     After:
#     ```json
#     "scripts": { "setup": "node scripts/download-binary.js" }
#     ```
#   tags: [supply-chain]
#   frameworks:
#     owasp-cicd: ["CICD-SEC-3"]
package palisade.repository.install_scripts

install_hooks := {"preinstall", "install", "postinstall"}

violation contains v if {
	some hook, command in input.scripts
	hook in install_hooks
	v := {
		"msg": sprintf("package.json runs %q as its %s script on every install; move it to an explicit script", [command, hook]),
		"path": ["scripts", hook],
	}
}
