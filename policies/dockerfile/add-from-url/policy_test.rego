package palisade.dockerfile.add_from_url_test

import data.palisade.dockerfile.add_from_url

doc(instructions) := {"stages": [], "instructions": instructions, "args": {}}

test_url_without_checksum_is_flagged if {
	vs := add_from_url.violation with input as doc([
		{"cmd": "add", "args": ["https://example.com/tool.tar.gz /opt/"], "flags": {}, "json": false, "stage": 0},
	])
	{v.path | some v in vs} == {["instructions", 0]}
	some v in vs
	v.msg == "ADD downloads https://example.com/tool.tar.gz without --checksum, so its content is not verified"
}

test_checksummed_urls_and_local_files_are_clean if {
	count(add_from_url.violation) == 0 with input as doc([
		{"cmd": "add", "args": ["https://example.com/tool /usr/bin/tool"], "flags": {"checksum": "sha256:abc"}, "json": false, "stage": 0},
		{"cmd": "add", "args": ["rootfs.tar /"], "flags": {}, "json": false, "stage": 0},
	])
}
