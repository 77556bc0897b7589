package palisade.repository.security_policy_missing_test

import data.palisade.repository.security_policy_missing

test_missing_security_policy_is_flagged if {
	vs := security_policy_missing.violation with input as {"files": ["README.md", "docs/guide/security.md"], "manifests": {}}
	{v.path | some v in vs} == {["files"]}
}

test_security_policy_in_any_location_and_case_is_clean if {
	count(security_policy_missing.violation) == 0 with input as {"files": ["SECURITY.md"], "manifests": {}}
	count(security_policy_missing.violation) == 0 with input as {"files": [".github/Security.md"], "manifests": {}}
}
