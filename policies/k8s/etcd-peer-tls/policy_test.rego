package palisade.k8s.etcd_peer_tls_test

import data.palisade.k8s.etcd_peer_tls
import data.palisade.lib.k8s_control_plane_fixtures as f

test_flagged_1 if {
	vs := etcd_peer_tls.violation with input as f.static_pod("etcd", f.with_flags(f.hardened["etcd"], ["peer-key-file"], []))
	count(vs) == 1
	some v in vs
	v.path == ["spec", "containers", 0, "command"]
	startswith(v.msg, `etcd in Pod "etcd-cp1" `)
}

test_flags_passed_as_args_are_read if {
	vs := etcd_peer_tls.violation with input as f.static_pod_args("etcd", f.with_flags(f.hardened["etcd"], ["peer-key-file"], []))
	count(vs) == 1
	some v in vs
	v.path == ["spec", "containers", 0, "args"]
}

test_hardened_components_are_clean if {
	count(etcd_peer_tls.violation) == 0 with input as f.static_pod("etcd", f.hardened["etcd"])
	count(etcd_peer_tls.violation) == 0 with input as f.static_pod("kube-apiserver", f.hardened["kube-apiserver"])
	count(etcd_peer_tls.violation) == 0 with input as f.static_pod("kube-controller-manager", f.hardened["kube-controller-manager"])
	count(etcd_peer_tls.violation) == 0 with input as f.static_pod("kube-scheduler", f.hardened["kube-scheduler"])
}

test_other_containers_are_ignored if {
	count(etcd_peer_tls.violation) == 0 with input as {"kind": "Pod", "spec": {"containers": [{"name": "app", "command": ["/bin/app", "--x=1"]}]}}
}
