package palisade.k8s.host_process_test

import data.palisade.k8s.host_process

pod(spec) := {"kind": "Pod", "metadata": {"name": "p", "namespace": "app"}, "spec": spec}

test_host_process_is_flagged if {
	vs := host_process.violation with input as pod({
		"securityContext": {"windowsOptions": {"hostProcess": true}},
		"containers": [{"name": "a", "securityContext": {"windowsOptions": {"hostProcess": true}}}, {"name": "b"}],
	})
	{v.path | some v in vs} == {
		["spec", "securityContext", "windowsOptions", "hostProcess"],
		["spec", "containers", 0, "securityContext", "windowsOptions", "hostProcess"],
	}
}

test_ordinary_windows_pods_are_clean if {
	count(host_process.violation) == 0 with input as pod({
		"securityContext": {"windowsOptions": {"runAsUserName": "ContainerUser", "hostProcess": false}},
		"containers": [{"name": "a"}],
	})
}
