package palisade.repository.missing_engines_test

import data.palisade.repository.missing_engines

test_missing_engines_is_flagged_on_the_manifest if {
	vs := missing_engines.violation with input as {"name": "api", "version": "1.0.0"}
	{v.path | some v in vs} == {[]}
}

test_engines_without_node_is_flagged_on_engines if {
	vs := missing_engines.violation with input as {"name": "api", "engines": {"npm": ">=10"}}
	{v.path | some v in vs} == {["engines"]}
}

test_declared_node_range_is_clean if {
	count(missing_engines.violation) == 0 with input as {"name": "api", "engines": {"node": ">=20"}}
}
