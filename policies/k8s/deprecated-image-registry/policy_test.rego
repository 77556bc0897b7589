package palisade.k8s.deprecated_image_registry_test

import data.palisade.k8s.deprecated_image_registry

pod(spec) := {"kind": "Pod", "metadata": {"name": "p", "namespace": "app"}, "spec": spec}

test_old_registry_is_flagged if {
	vs := deprecated_image_registry.violation with input as pod({"containers": [{"name": "a", "image": "k8s.gcr.io/pause:3.9"}, {"name": "b", "image": "registry.k8s.io/pause:3.9"}]})
	{v.path | some v in vs} == {["spec", "containers", 0, "image"]}
}

test_current_registries_are_clean if {
	count(deprecated_image_registry.violation) == 0 with input as pod({"containers": [{"name": "a", "image": "registry.k8s.io/pause:3.9"}, {"name": "b", "image": "gcr.io/acme/k8s.gcr.io-mirror:1"}]})
}
