package palisade.k8s.apiserver_weak_tls_ciphers_test

import data.palisade.k8s.apiserver_weak_tls_ciphers
import data.palisade.lib.k8s_control_plane_fixtures as f

test_flagged_1 if {
	vs := apiserver_weak_tls_ciphers.violation with input as f.static_pod("kube-apiserver", f.with_flags(f.hardened["kube-apiserver"], [], ["--tls-cipher-suites=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_RC4_128_SHA"]))
	count(vs) == 1
	some v in vs
	v.path == ["spec", "containers", 0, "command", 25]
	startswith(v.msg, `kube-apiserver in Pod "kube-apiserver-cp1" `)
}

test_flags_passed_as_args_are_read if {
	vs := apiserver_weak_tls_ciphers.violation with input as f.static_pod_args("kube-apiserver", f.with_flags(f.hardened["kube-apiserver"], [], ["--tls-cipher-suites=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_RC4_128_SHA"]))
	count(vs) == 1
	some v in vs
	v.path == ["spec", "containers", 0, "args", 24]
}

test_hardened_components_are_clean if {
	count(apiserver_weak_tls_ciphers.violation) == 0 with input as f.static_pod("etcd", f.hardened["etcd"])
	count(apiserver_weak_tls_ciphers.violation) == 0 with input as f.static_pod("kube-apiserver", f.hardened["kube-apiserver"])
	count(apiserver_weak_tls_ciphers.violation) == 0 with input as f.static_pod("kube-controller-manager", f.hardened["kube-controller-manager"])
	count(apiserver_weak_tls_ciphers.violation) == 0 with input as f.static_pod("kube-scheduler", f.hardened["kube-scheduler"])
	count(apiserver_weak_tls_ciphers.violation) == 0 with input as f.static_pod("kube-apiserver", f.with_flags(f.hardened["kube-apiserver"], [], ["--tls-cipher-suites=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305"]))
}

test_other_containers_are_ignored if {
	count(apiserver_weak_tls_ciphers.violation) == 0 with input as {"kind": "Pod", "spec": {"containers": [{"name": "app", "command": ["/bin/app", "--tls-cipher-suites=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_RC4_128_SHA"]}]}}
}
