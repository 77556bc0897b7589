package palisade.dockerfile.base_image_latest_test

import data.palisade.dockerfile.base_image_latest

doc(froms) := {
	"stages": [{"index": i, "name": f.name, "from": f} | some i, f in froms],
	"instructions": [{"cmd": "from", "args": [f.raw], "stage": i} | some i, f in froms],
	"args": {},
}

test_untagged_and_latest_bases_are_flagged if {
	vs := base_image_latest.violation with input as doc([
		{"name": "build", "image": "golang", "tag": null, "digest": null, "raw": "golang AS build"},
		{"name": null, "image": "alpine", "tag": "latest", "digest": null, "raw": "alpine:latest"},
	])
	{v.path | some v in vs} == {["instructions", 0], ["instructions", 1]}
}

test_tags_digests_stages_and_scratch_are_clean if {
	count(base_image_latest.violation) == 0 with input as doc([
		{"name": "build", "image": "golang", "tag": "1.22", "digest": null, "raw": "golang:1.22 AS build"},
		{"name": "certs", "image": "alpine", "tag": null, "digest": "sha256:abc", "raw": "alpine@sha256:abc AS certs"},
		{"name": null, "image": "build", "tag": null, "digest": null, "raw": "build"},
		{"name": null, "image": "scratch", "tag": null, "digest": null, "raw": "scratch"},
		{"name": null, "image": "${BASE}", "tag": null, "digest": null, "raw": "${BASE}"},
	])
}
