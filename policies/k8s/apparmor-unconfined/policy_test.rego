package palisade.k8s.apparmor_unconfined_test

import data.palisade.k8s.apparmor_unconfined

pod(spec) := {"kind": "Pod", "metadata": {"name": "p", "namespace": "app"}, "spec": spec}

test_unconfined_profiles_are_flagged if {
	vs := apparmor_unconfined.violation with input as pod({
		"securityContext": {"appArmorProfile": {"type": "Unconfined"}},
		"containers": [{"name": "a", "securityContext": {"appArmorProfile": {"type": "Unconfined"}}}],
	})
	count(vs) == 2
	vs2 := apparmor_unconfined.violation with input as {"kind": "Pod", "metadata": {"name": "p", "annotations": {"container.apparmor.security.beta.kubernetes.io/a": "unconfined"}}, "spec": {"containers": [{"name": "a"}]}}
	{v.path | some v in vs2} == {["metadata", "annotations", "container.apparmor.security.beta.kubernetes.io/a"]}
}

test_default_profiles_are_clean if {
	count(apparmor_unconfined.violation) == 0 with input as pod({
		"securityContext": {"appArmorProfile": {"type": "RuntimeDefault"}},
		"containers": [{"name": "a", "securityContext": {"appArmorProfile": {"type": "Localhost", "localhostProfile": "k8s-a"}}}],
	})
}
