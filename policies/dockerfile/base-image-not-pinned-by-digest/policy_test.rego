package palisade.dockerfile.base_image_not_pinned_by_digest_test

import data.palisade.dockerfile.base_image_not_pinned_by_digest

doc(froms) := {
	"stages": [{"index": i, "name": f.name, "from": f} | some i, f in froms],
	"instructions": [{"cmd": "from", "args": [f.raw], "stage": i} | some i, f in froms],
	"args": {},
}

test_tag_without_digest_is_flagged if {
	vs := base_image_not_pinned_by_digest.violation with input as doc([
		{"name": null, "image": "python", "tag": "3.12", "digest": null, "raw": "python:3.12"},
	])
	{v.path | some v in vs} == {["instructions", 0]}
}

test_digests_and_stage_references_are_clean if {
	count(base_image_not_pinned_by_digest.violation) == 0 with input as doc([
		{"name": "base", "image": "python", "tag": "3.12", "digest": "sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31", "raw": "python:3.12@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31 AS base"},
		{"name": null, "image": "base", "tag": null, "digest": null, "raw": "base"},
	])
}
