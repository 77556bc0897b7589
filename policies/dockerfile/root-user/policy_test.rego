package palisade.dockerfile.root_user_test

import data.palisade.dockerfile.root_user

doc(instructions) := {
	"stages": [{"index": 0, "name": null, "from": {"image": "debian", "tag": "12", "raw": "debian:12"}}],
	"instructions": instructions,
	"args": {},
}

test_last_user_root_is_flagged if {
	vs := root_user.violation with input as doc([
		{"cmd": "from", "args": ["debian:12"], "stage": 0},
		{"cmd": "user", "args": ["app"], "stage": 0},
		{"cmd": "user", "args": ["0:0"], "stage": 0},
	])
	{v.path | some v in vs} == {["instructions", 2]}
}

test_switching_back_to_a_user_is_clean if {
	count(root_user.violation) == 0 with input as doc([
		{"cmd": "from", "args": ["debian:12"], "stage": 0},
		{"cmd": "user", "args": ["root"], "stage": 0},
		{"cmd": "run", "args": ["apt-get update"], "stage": 0},
		{"cmd": "user", "args": ["10001:10001"], "stage": 0},
	])
}
