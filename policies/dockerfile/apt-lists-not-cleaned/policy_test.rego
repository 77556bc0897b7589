package palisade.dockerfile.apt_lists_not_cleaned_test

import data.palisade.dockerfile.apt_lists_not_cleaned

doc(runs) := {
	"stages": [{"index": 0, "name": null, "from": {"image": "debian", "tag": "12", "raw": "debian:12"}}],
	"instructions": array.concat([{"cmd": "from", "args": ["debian:12"], "stage": 0}], [object.union({"cmd": "run", "json": false, "stage": 0, "flags": {}}, r) | some r in runs]),
	"args": {},
}

test_install_without_cleanup_is_flagged if {
	vs := apt_lists_not_cleaned.violation with input as doc([
		{"args": ["apt-get update && apt-get install -y --no-install-recommends curl"]},
		{"args": ["apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*"]},
	])
	{v.path | some v in vs} == {["instructions", 1]}
}

test_cleanup_cache_mounts_and_build_stages_are_clean if {
	count(apt_lists_not_cleaned.violation) == 0 with input as doc([
		{"args": ["apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*"]},
		{"args": ["apt-get update && apt-get install -y --no-install-recommends curl"], "flags": {"mount": "type=cache,target=/var/lib/apt,sharing=locked"}},
	])
	count(apt_lists_not_cleaned.violation) == 0 with input as {
		"stages": [{"index": 0, "name": "build"}, {"index": 1, "name": null}],
		"instructions": [{"cmd": "run", "args": ["apt-get update && apt-get install -y gcc"], "json": false, "stage": 0, "flags": {}}],
		"args": {},
	}
}
