package palisade.k8s.proc_mount_unmasked_test

import data.palisade.k8s.proc_mount_unmasked

pod(sc) := {"kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": [{"name": "a", "securityContext": sc}]}}

test_unmasked_is_flagged if {
	vs := proc_mount_unmasked.violation with input as pod({"procMount": "Unmasked"})
	{v.path | some v in vs} == {["spec", "containers", 0, "securityContext", "procMount"]}
}

test_default_and_unset_are_clean if {
	count(proc_mount_unmasked.violation) == 0 with input as pod({"procMount": "Default"})
	count(proc_mount_unmasked.violation) == 0 with input as pod({"runAsNonRoot": true})
}
