package palisade.k8s.kubelet_read_only_port_test

import data.palisade.k8s.kubelet_read_only_port

config(settings) := object.union({"apiVersion": "kubelet.config.k8s.io/v1beta1", "kind": "KubeletConfiguration"}, settings)

test_insecure_setting_is_flagged if {
	vs := kubelet_read_only_port.violation with input as config({"readOnlyPort": 10255})
	count(vs) == 1
	some v in vs
	v.path == ["readOnlyPort"]
}

test_defaults_and_secure_settings_are_clean if {
	count(kubelet_read_only_port.violation) == 0 with input as config({})
	count(kubelet_read_only_port.violation) == 0 with input as config({"authentication": {"anonymous": {"enabled": false}}, "authorization": {"mode": "Webhook"}, "readOnlyPort": 0})
}

test_other_kinds_are_ignored if {
	count(kubelet_read_only_port.violation) == 0 with input as object.union({"readOnlyPort": 10255}, {"kind": "ConfigMap"})
}
