package palisade.k8s.apiserver_admission_namespace_lifecycle_test

import data.palisade.k8s.apiserver_admission_namespace_lifecycle
import data.palisade.lib.k8s_control_plane_fixtures as f

test_flagged_1 if {
	vs := apiserver_admission_namespace_lifecycle.violation with input as f.static_pod("kube-apiserver", f.with_flags(f.hardened["kube-apiserver"], [], ["--disable-admission-plugins=NamespaceLifecycle,ServiceAccount"]))
	count(vs) == 1
	some v in vs
	v.path == ["spec", "containers", 0, "command", 25]
	startswith(v.msg, `kube-apiserver in Pod "kube-apiserver-cp1" `)
}

test_flags_passed_as_args_are_read if {
	vs := apiserver_admission_namespace_lifecycle.violation with input as f.static_pod_args("kube-apiserver", f.with_flags(f.hardened["kube-apiserver"], [], ["--disable-admission-plugins=NamespaceLifecycle,ServiceAccount"]))
	count(vs) == 1
	some v in vs
	v.path == ["spec", "containers", 0, "args", 24]
}

test_hardened_components_are_clean if {
	count(apiserver_admission_namespace_lifecycle.violation) == 0 with input as f.static_pod("etcd", f.hardened["etcd"])
	count(apiserver_admission_namespace_lifecycle.violation) == 0 with input as f.static_pod("kube-apiserver", f.hardened["kube-apiserver"])
	count(apiserver_admission_namespace_lifecycle.violation) == 0 with input as f.static_pod("kube-controller-manager", f.hardened["kube-controller-manager"])
	count(apiserver_admission_namespace_lifecycle.violation) == 0 with input as f.static_pod("kube-scheduler", f.hardened["kube-scheduler"])
	count(apiserver_admission_namespace_lifecycle.violation) == 0 with input as f.static_pod("kube-apiserver", f.with_flags(f.hardened["kube-apiserver"], [], ["--disable-admission-plugins=ServiceAccount"]))
}

test_other_containers_are_ignored if {
	count(apiserver_admission_namespace_lifecycle.violation) == 0 with input as {"kind": "Pod", "spec": {"containers": [{"name": "app", "command": ["/bin/app", "--disable-admission-plugins=NamespaceLifecycle,ServiceAccount"]}]}}
}
