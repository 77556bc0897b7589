package palisade.k8s.image_pull_policy_test

import data.palisade.k8s.image_pull_policy

pod(containers) := {"kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": containers}}

test_if_not_present_and_unset_are_flagged if {
	vs := image_pull_policy.violation with input as pod([
		{"name": "a", "image": "nginx:1.27.0", "imagePullPolicy": "IfNotPresent"},
		{"name": "b", "image": "nginx"},
		{"name": "c", "image": "nginx:1.27.0", "imagePullPolicy": "Always"},
	])
	{v.path | some v in vs} == {["spec", "containers", 0, "imagePullPolicy"], ["spec", "containers", 1]}
	some v in vs
	v.msg == `container "a" in Pod "p" has imagePullPolicy: IfNotPresent, so nodes may run a stale cached image; set imagePullPolicy: Always or pin the image by digest`
}

test_always_and_digests_are_clean if {
	count(image_pull_policy.violation) == 0 with input as pod([
		{"name": "a", "image": "nginx:1.27.0", "imagePullPolicy": "Always"},
		{"name": "b", "image": "nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31", "imagePullPolicy": "IfNotPresent"},
	])
}
