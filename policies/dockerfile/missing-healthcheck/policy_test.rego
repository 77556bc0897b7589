package palisade.dockerfile.missing_healthcheck_test

import data.palisade.dockerfile.missing_healthcheck

doc(instructions) := {
	"stages": [{"index": 0, "name": null, "from": {"image": "nginx", "tag": "1.27", "raw": "nginx:1.27"}}],
	"instructions": array.concat([{"cmd": "from", "args": ["nginx:1.27"], "json": false, "stage": 0}], instructions),
	"args": {},
}

test_missing_healthcheck_is_flagged_on_the_final_from if {
	vs := missing_healthcheck.violation with input as doc([{"cmd": "copy", "args": ["site /usr/share/nginx/html"], "json": false, "stage": 0}])
	{v.path | some v in vs} == {["instructions", 0]}
}

test_healthcheck_none_is_flagged if {
	vs := missing_healthcheck.violation with input as doc([{"cmd": "healthcheck", "args": ["NONE"], "json": false, "stage": 0}])
	{v.path | some v in vs} == {["instructions", 1]}
}

test_a_healthcheck_is_clean if {
	count(missing_healthcheck.violation) == 0 with input as doc([
		{"cmd": "healthcheck", "args": ["--interval=30s CMD curl -f http://localhost/ || exit 1"], "json": false, "stage": 0},
	])
}
