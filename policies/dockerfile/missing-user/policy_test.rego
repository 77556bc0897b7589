package palisade.dockerfile.missing_user_test

import data.palisade.dockerfile.missing_user

from(stage, raw) := {"cmd": "from", "args": [raw], "raw": concat(" ", ["FROM", raw]), "flags": {}, "json": false, "stage": stage}

doc(stages, instructions) := {"stages": stages, "instructions": instructions, "args": {}}

test_no_user_in_final_stage_is_flagged_on_its_from if {
	vs := missing_user.violation with input as doc(
		[
			{"index": 0, "name": "build", "from": {"image": "golang", "tag": "1.22", "raw": "golang:1.22 AS build"}},
			{"index": 1, "name": null, "from": {"image": "alpine", "tag": "3.20", "raw": "alpine:3.20"}},
		],
		[
			from(0, "golang:1.22 AS build"),
			{"cmd": "user", "args": ["nobody"], "stage": 0},
			from(1, "alpine:3.20"),
			{"cmd": "copy", "args": ["--from=build /out/app /app"], "stage": 1},
		],
	)
	{v.path | some v in vs} == {["instructions", 2]}
}

test_user_in_final_or_parent_stage_is_clean if {
	count(missing_user.violation) == 0 with input as doc(
		[{"index": 0, "name": null, "from": {"image": "node", "tag": "20", "raw": "node:20"}}],
		[from(0, "node:20"), {"cmd": "user", "args": ["node"], "stage": 0}],
	)
	count(missing_user.violation) == 0 with input as doc(
		[
			{"index": 0, "name": "base", "from": {"image": "node", "tag": "20", "raw": "node:20 AS base"}},
			{"index": 1, "name": null, "from": {"image": "base", "tag": null, "raw": "base"}},
		],
		[from(0, "node:20 AS base"), {"cmd": "user", "args": ["node"], "stage": 0}, from(1, "base")],
	)
}
