package palisade.k8s.image_not_pinned_by_digest_test

import data.palisade.k8s.image_not_pinned_by_digest

digest := "sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31"

test_tagged_image_without_digest_is_flagged if {
	vs := image_not_pinned_by_digest.violation with input as {
		"kind": "Deployment",
		"metadata": {"name": "web"},
		"spec": {"template": {"spec": {"containers": [{"name": "web", "image": "nginx:1.27.0"}]}}},
	}
	count(vs) == 1
	some v in vs
	v.path == ["spec", "template", "spec", "containers", 0, "image"]
}

test_digest_references_are_clean if {
	count(image_not_pinned_by_digest.violation) == 0 with input as {
		"kind": "Pod",
		"spec": {"containers": [
			{"name": "a", "image": concat("@", ["nginx:1.27.0", digest])},
			{"name": "b", "image": concat("@", ["nginx", digest])},
		]},
	}
}
