package palisade.repository.dependency_from_url_test

import data.palisade.repository.dependency_from_url

test_non_registry_sources_are_flagged if {
	vs := dependency_from_url.violation with input as {
		"dependencies": {
			"a": "git+https://github.com/acme/a.git#main",
			"b": "https://example.com/b-1.0.0.tgz",
			"c": "acme/c#v1",
			"d": "^1.2.3",
		},
		"devDependencies": {"e": "file:../e", "f": "npm:@acme/f@^2"},
	}
	{v.path | some v in vs} == {["dependencies", "a"], ["dependencies", "b"], ["dependencies", "c"], ["devDependencies", "e"]}
}

test_registry_ranges_are_clean if {
	count(dependency_from_url.violation) == 0 with input as {
		"dependencies": {"express": "^4.19.2", "@acme/ui": "workspace:*", "left-pad": "1.3.0"},
		"peerDependencies": {"react": ">=18 <20"},
	}
}
