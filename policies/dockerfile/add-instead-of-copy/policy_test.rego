package palisade.dockerfile.add_instead_of_copy_test

import data.palisade.dockerfile.add_instead_of_copy

doc(instructions) := {"stages": [], "instructions": instructions, "args": {}}

test_add_of_plain_files_is_flagged if {
	vs := add_instead_of_copy.violation with input as doc([
		{"cmd": "from", "args": ["alpine:3.20"], "json": false, "stage": 0},
		{"cmd": "add", "args": ["./config /etc/app/"], "json": false, "stage": 0},
		{"cmd": "add", "args": ["a.txt", "b.txt", "/srv/"], "json": true, "stage": 0},
	])
	{v.path | some v in vs} == {["instructions", 1], ["instructions", 2]}
}

test_archives_and_urls_are_left_alone if {
	count(add_instead_of_copy.violation) == 0 with input as doc([
		{"cmd": "add", "args": ["rootfs.tar.gz /"], "json": false, "stage": 0},
		{"cmd": "add", "args": ["https://example.com/tool /usr/local/bin/tool"], "json": false, "stage": 0},
		{"cmd": "copy", "args": ["./config /etc/app/"], "json": false, "stage": 0},
	])
}
