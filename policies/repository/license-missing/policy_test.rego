package palisade.repository.license_missing_test

import data.palisade.repository.license_missing

test_missing_licence_is_flagged if {
	vs := license_missing.violation with input as {"files": ["README.md", "vendor/lib/LICENSE"], "manifests": {}}
	{v.path | some v in vs} == {["files"]}
}

test_common_licence_names_are_clean if {
	count(license_missing.violation) == 0 with input as {"files": ["LICENSE"], "manifests": {}}
	count(license_missing.violation) == 0 with input as {"files": ["LICENSE.md"], "manifests": {}}
	count(license_missing.violation) == 0 with input as {"files": ["COPYING"], "manifests": {}}
	count(license_missing.violation) == 0 with input as {"files": ["licence.txt"], "manifests": {}}
	count(license_missing.violation) == 0 with input as {"files": ["LICENSE-APACHE", "LICENSE-MIT"], "manifests": {}}
}
