package palisade.lib.repository_test

import data.palisade.lib.repository

files := ["LICENSE.md", ".GitHub/SECURITY.md", "Docs/Security.MD", "services/security.md", "a/yarn.lock", "b/my-yarn.lock", "package-lock.json", "apps/web/index.ts"]

test_shallow_files_hold_every_root_github_and_docs_name_lower_cased if {
	shallow := repository.shallow_files with input as {"files": files}
	{"license.md", ".github/security.md", "docs/security.md"} - shallow == set()
	not "services/security.md" in shallow
}

test_root_files_are_the_root_only if {
	repository.root_files == {"license.md", "package-lock.json"} with input as {"files": files}
}

test_lockfile_dirs_take_whole_names_only if {
	repository.lockfile_dirs == {"", "a/"} with input as {"files": files}
}
