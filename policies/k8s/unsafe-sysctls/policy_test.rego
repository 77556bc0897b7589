package palisade.k8s.unsafe_sysctls_test

import data.palisade.k8s.unsafe_sysctls

pod(sysctls) := {"kind": "Pod", "metadata": {"name": "p"}, "spec": {"securityContext": {"sysctls": sysctls}, "containers": [{"name": "a"}]}}

test_unsafe_sysctl_is_flagged if {
	vs := unsafe_sysctls.violation with input as pod([
		{"name": "net.ipv4.tcp_syncookies", "value": "1"},
		{"name": "kernel.msgmax", "value": "65536"},
	])
	count(vs) == 1
	some v in vs
	v.path == ["spec", "securityContext", "sysctls", 1, "name"]
	v.msg == `Pod "p" sets the unsafe sysctl "kernel.msgmax", which is not isolated to the pod`
}

test_safe_sysctls_are_clean if {
	count(unsafe_sysctls.violation) == 0 with input as pod([{"name": "net.ipv4.ip_local_port_range", "value": "1024 65535"}])
	count(unsafe_sysctls.violation) == 0 with input as {"kind": "Pod", "spec": {"containers": [{"name": "a"}]}}
}
