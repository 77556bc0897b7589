package palisade.repository.codeowners_missing_test

import data.palisade.repository.codeowners_missing

test_missing_codeowners_is_flagged if {
	vs := codeowners_missing.violation with input as {"files": ["README.md", "src/index.ts", "src/CODEOWNERS"], "manifests": {}}
	{v.path | some v in vs} == {["files"]}
}

test_any_supported_location_is_clean if {
	count(codeowners_missing.violation) == 0 with input as {"files": [".github/CODEOWNERS", "README.md"], "manifests": {}}
	count(codeowners_missing.violation) == 0 with input as {"files": ["CODEOWNERS"], "manifests": {}}
	count(codeowners_missing.violation) == 0 with input as {"files": ["docs/CODEOWNERS"], "manifests": {}}
}
