package palisade.repository.lockfile_missing_test

import data.palisade.repository.lockfile_missing

test_manifest_without_lockfile_is_flagged if {
	vs := lockfile_missing.violation with input as {
		"files": ["package.json", "tools/cli/package.json", "tools/cli/index.js"],
		"manifests": {"package.json": {"name": "a"}, "tools/cli/package.json": {"name": "b"}},
	}
	{v.path | some v in vs} == {["manifests", "package.json"], ["manifests", "tools/cli/package.json"]}
}

test_lockfile_beside_or_above_is_clean if {
	count(lockfile_missing.violation) == 0 with input as {
		"files": ["package.json", "pnpm-lock.yaml", "packages/ui/package.json"],
		"manifests": {"package.json": {"name": "root"}, "packages/ui/package.json": {"name": "ui"}},
	}
	count(lockfile_missing.violation) == 0 with input as {
		"files": ["web/package.json", "web/yarn.lock"],
		"manifests": {"web/package.json": {"name": "web"}},
	}
}

test_a_lockfile_in_a_sibling_directory_does_not_count if {
	count(lockfile_missing.violation) == 1 with input as {
		"files": ["api/package.json", "web/package-lock.json", "web/package.json"],
		"manifests": {"api/package.json": {"name": "api"}, "web/package.json": {"name": "web"}},
	}
}
