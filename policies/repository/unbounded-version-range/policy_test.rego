package palisade.repository.unbounded_version_range_test

import data.palisade.repository.unbounded_version_range

test_any_version_specs_are_flagged if {
	vs := unbounded_version_range.violation with input as {
		"dependencies": {"a": "*", "b": "latest", "c": "^1.0.0"},
		"devDependencies": {"d": ""},
	}
	{v.path | some v in vs} == {["dependencies", "a"], ["dependencies", "b"], ["devDependencies", "d"]}
}

test_bounded_ranges_are_clean if {
	count(unbounded_version_range.violation) == 0 with input as {
		"dependencies": {"a": "^1.0.0", "b": "~2.3.1", "c": "1.2.3", "d": ">=1.2 <2"},
		"peerDependencies": {"react": "*"},
	}
}
