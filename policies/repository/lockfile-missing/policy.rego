# METADATA
# title: package.json has no lockfile
# description: >-
#   Without a committed lockfile every install resolves version ranges afresh: CI, production
#   and each developer get different dependency trees, and a malicious release that matches a
#   range is installed automatically. A lockfile pins the exact versions and their integrity
#   hashes.
# related_resources:
#   - ref: https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json
# custom:
#   id: repository/lockfile-missing
#   severity: medium
#   kinds: [repository]
#   remediation: |
#     Commit the lockfile of your package manager (package-lock.json, yarn.lock, pnpm-lock.yaml
#     or bun.lock) and install with `npm ci` / `yarn install --immutable` /
#     `pnpm install --frozen-lockfile` in CI.
#
#     ```sh
#     npm install --package-lock-only
#     git add package-lock.json
#     ```
#   tags: [supply-chain, reproducibility]
#   frameworks:
#     owasp-cicd: ["CICD-SEC-3"]
package palisade.repository.lockfile_missing

import data.palisade.lib.repository

# "apps/web/package.json" → "apps/web/"; "package.json" → "".
dir_of(path) := substring(path, 0, count(path) - count("package.json"))

# A lockfile in the manifest's directory or any directory above it (workspace roots keep one
# lockfile for every package below them). Where lockfiles are is found once for all manifests.
locked(dir) if {
	some lock_dir in repository.lockfile_dirs
	startswith(dir, lock_dir)
}

violation contains v if {
	some path, _ in input.manifests
	endswith(path, "package.json")
	not locked(dir_of(path))
	v := {
		"msg": sprintf("%s has no lockfile beside it or in a parent directory; commit package-lock.json, yarn.lock, pnpm-lock.yaml or bun.lock", [path]),
		"path": ["manifests", path],
	}
}
