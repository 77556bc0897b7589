package palisade.k8s.control_plane_bind_address_test

import data.palisade.k8s.control_plane_bind_address
import data.palisade.lib.k8s_control_plane_fixtures as f

test_flagged_1 if {
	vs := control_plane_bind_address.violation with input as f.static_pod("kube-controller-manager", f.with_flags(f.hardened["kube-controller-manager"], ["bind-address"], ["--bind-address=0.0.0.0"]))
	count(vs) == 1
	some v in vs
	v.path == ["spec", "containers", 0, "command", 7]
	startswith(v.msg, `kube-controller-manager in Pod "kube-controller-manager-cp1" `)
}

test_flagged_2 if {
	vs := control_plane_bind_address.violation with input as f.static_pod("kube-controller-manager", f.with_flags(f.hardened["kube-controller-manager"], ["bind-address"], []))
	count(vs) == 1
	some v in vs
	v.path == ["spec", "containers", 0, "command"]
	startswith(v.msg, `kube-controller-manager in Pod "kube-controller-manager-cp1" `)
}

test_flags_passed_as_args_are_read if {
	vs := control_plane_bind_address.violation with input as f.static_pod_args("kube-controller-manager", f.with_flags(f.hardened["kube-controller-manager"], ["bind-address"], ["--bind-address=0.0.0.0"]))
	count(vs) == 1
	some v in vs
	v.path == ["spec", "containers", 0, "args", 6]
}

test_hardened_components_are_clean if {
	count(control_plane_bind_address.violation) == 0 with input as f.static_pod("etcd", f.hardened["etcd"])
	count(control_plane_bind_address.violation) == 0 with input as f.static_pod("kube-apiserver", f.hardened["kube-apiserver"])
	count(control_plane_bind_address.violation) == 0 with input as f.static_pod("kube-controller-manager", f.hardened["kube-controller-manager"])
	count(control_plane_bind_address.violation) == 0 with input as f.static_pod("kube-scheduler", f.hardened["kube-scheduler"])
}

test_other_containers_are_ignored if {
	count(control_plane_bind_address.violation) == 0 with input as {"kind": "Pod", "spec": {"containers": [{"name": "app", "command": ["/bin/app", "--bind-address=0.0.0.0"]}]}}
}
