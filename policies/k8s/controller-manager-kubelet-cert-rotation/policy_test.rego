package palisade.k8s.controller_manager_kubelet_cert_rotation_test

import data.palisade.k8s.controller_manager_kubelet_cert_rotation
import data.palisade.lib.k8s_control_plane_fixtures as f

test_flagged_1 if {
	vs := controller_manager_kubelet_cert_rotation.violation with input as f.static_pod("kube-controller-manager", f.with_flags(f.hardened["kube-controller-manager"], ["feature-gates"], ["--feature-gates=RotateKubeletServerCertificate=false"]))
	count(vs) == 1
	some v in vs
	v.path == ["spec", "containers", 0, "command", 7]
	startswith(v.msg, `kube-controller-manager in Pod "kube-controller-manager-cp1" `)
}

test_flags_passed_as_args_are_read if {
	vs := controller_manager_kubelet_cert_rotation.violation with input as f.static_pod_args("kube-controller-manager", f.with_flags(f.hardened["kube-controller-manager"], ["feature-gates"], ["--feature-gates=RotateKubeletServerCertificate=false"]))
	count(vs) == 1
	some v in vs
	v.path == ["spec", "containers", 0, "args", 6]
}

test_hardened_components_are_clean if {
	count(controller_manager_kubelet_cert_rotation.violation) == 0 with input as f.static_pod("etcd", f.hardened["etcd"])
	count(controller_manager_kubelet_cert_rotation.violation) == 0 with input as f.static_pod("kube-apiserver", f.hardened["kube-apiserver"])
	count(controller_manager_kubelet_cert_rotation.violation) == 0 with input as f.static_pod("kube-controller-manager", f.hardened["kube-controller-manager"])
	count(controller_manager_kubelet_cert_rotation.violation) == 0 with input as f.static_pod("kube-scheduler", f.hardened["kube-scheduler"])
}

test_other_containers_are_ignored if {
	count(controller_manager_kubelet_cert_rotation.violation) == 0 with input as {"kind": "Pod", "spec": {"containers": [{"name": "app", "command": ["/bin/app", "--feature-gates=RotateKubeletServerCertificate=false"]}]}}
}
