package palisade.k8s.apiserver_profiling_test

import data.palisade.k8s.apiserver_profiling
import data.palisade.lib.k8s_control_plane_fixtures as f

test_flagged_1 if {
	vs := apiserver_profiling.violation with input as f.static_pod("kube-apiserver", f.with_flags(f.hardened["kube-apiserver"], ["profiling"], []))
	count(vs) == 1
	some v in vs
	v.path == ["spec", "containers", 0, "command"]
	startswith(v.msg, `kube-apiserver in Pod "kube-apiserver-cp1" `)
}

test_flagged_2 if {
	vs := apiserver_profiling.violation with input as f.static_pod("kube-apiserver", f.with_flags(f.hardened["kube-apiserver"], ["profiling"], ["--profiling=true"]))
	count(vs) == 1
	some v in vs
	v.path == ["spec", "containers", 0, "command", 24]
	startswith(v.msg, `kube-apiserver in Pod "kube-apiserver-cp1" `)
}

test_flags_passed_as_args_are_read if {
	vs := apiserver_profiling.violation with input as f.static_pod_args("kube-apiserver", f.with_flags(f.hardened["kube-apiserver"], ["profiling"], []))
	count(vs) == 1
	some v in vs
	v.path == ["spec", "containers", 0, "args"]
}

test_hardened_components_are_clean if {
	count(apiserver_profiling.violation) == 0 with input as f.static_pod("etcd", f.hardened["etcd"])
	count(apiserver_profiling.violation) == 0 with input as f.static_pod("kube-apiserver", f.hardened["kube-apiserver"])
	count(apiserver_profiling.violation) == 0 with input as f.static_pod("kube-controller-manager", f.hardened["kube-controller-manager"])
	count(apiserver_profiling.violation) == 0 with input as f.static_pod("kube-scheduler", f.hardened["kube-scheduler"])
}

test_other_containers_are_ignored if {
	count(apiserver_profiling.violation) == 0 with input as {"kind": "Pod", "spec": {"containers": [{"name": "app", "command": ["/bin/app", "--x=1"]}]}}
}
