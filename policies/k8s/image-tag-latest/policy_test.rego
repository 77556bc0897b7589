package palisade.k8s.image_tag_latest_test

import data.palisade.k8s.image_tag_latest

pod(images) := {"kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": [{"name": sprintf("c%d", [i]), "image": img} | some i, img in images]}}

test_untagged_and_latest_are_flagged if {
	vs := image_tag_latest.violation with input as pod(["nginx", "registry.local:5000/team/app:latest", "redis:7.2.5"])
	{v.path | some v in vs} == {["spec", "containers", 0, "image"], ["spec", "containers", 1, "image"]}
	some v in vs
	v.msg == `container "c0" in Pod "p" uses image "nginx", which has no tag and so means :latest; pin a version tag or a digest`
}

test_version_tags_registry_ports_and_digests_are_clean if {
	count(image_tag_latest.violation) == 0 with input as pod([
		"registry.local:5000/team/app:1.2.3",
		"nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31",
		"ghcr.io/acme/web:latest@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31",
	])
}
