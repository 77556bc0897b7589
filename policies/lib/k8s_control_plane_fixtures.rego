# Static pods for the control-plane policies' Rego unit tests: a kubeadm-shaped Pod running one
# component with a given flag list, and a hardened flag list per component that every
# control-plane policy accepts, so a test states only the flag it is about. A Kubernetes
# document is the manifest object itself, so these are the loader's real shape.
package palisade.lib.k8s_control_plane_fixtures

static_pod(component, flags) := {
	"apiVersion": "v1",
	"kind": "Pod",
	"metadata": {"name": sprintf("%s-cp1", [component]), "namespace": "kube-system"},
	"spec": {"hostNetwork": true, "containers": [{
		"name": component,
		"image": sprintf("registry.k8s.io/%s:v1.30.2", [component]),
		"command": array.concat([component], flags),
	}]},
}

# The same flags passed as `args` after a bare command, as RKE2 writes them.
static_pod_args(component, flags) := {
	"apiVersion": "v1",
	"kind": "Pod",
	"metadata": {"name": sprintf("%s-cp1", [component]), "namespace": "kube-system"},
	"spec": {"containers": [{"name": component, "command": [component], "args": flags}]},
}

# `flags` without the ones named, plus `extra`.
with_flags(flags, drop, extra) := array.concat(
	[f | some f in flags; not split(substring(f, 2, -1), "=")[0] in drop],
	extra,
)

hardened := {
	"kube-apiserver": [
		"--advertise-address=10.0.0.10",
		"--anonymous-auth=false",
		"--authorization-mode=Node,RBAC",
		"--client-ca-file=/etc/kubernetes/pki/ca.crt",
		"--enable-admission-plugins=NodeRestriction,AlwaysPullImages,EventRateLimit",
		"--admission-control-config-file=/etc/kubernetes/admission.yaml",
		"--encryption-provider-config=/etc/kubernetes/encryption.yaml",
		"--etcd-cafile=/etc/kubernetes/pki/etcd/ca.crt",
		"--etcd-certfile=/etc/kubernetes/pki/apiserver-etcd-client.crt",
		"--etcd-keyfile=/etc/kubernetes/pki/apiserver-etcd-client.key",
		"--etcd-servers=https://127.0.0.1:2379",
		"--kubelet-certificate-authority=/etc/kubernetes/pki/ca.crt",
		"--kubelet-client-certificate=/etc/kubernetes/pki/apiserver-kubelet-client.crt",
		"--kubelet-client-key=/etc/kubernetes/pki/apiserver-kubelet-client.key",
		"--profiling=false",
		"--audit-log-path=/var/log/kubernetes/audit.log",
		"--audit-log-maxage=30",
		"--audit-log-maxbackup=10",
		"--audit-log-maxsize=100",
		"--secure-port=6443",
		"--service-account-key-file=/etc/kubernetes/pki/sa.pub",
		"--service-account-lookup=true",
		"--tls-cert-file=/etc/kubernetes/pki/apiserver.crt",
		"--tls-private-key-file=/etc/kubernetes/pki/apiserver.key",
	],
	"kube-controller-manager": [
		"--bind-address=127.0.0.1",
		"--kubeconfig=/etc/kubernetes/controller-manager.conf",
		"--profiling=false",
		"--root-ca-file=/etc/kubernetes/pki/ca.crt",
		"--service-account-private-key-file=/etc/kubernetes/pki/sa.key",
		"--use-service-account-credentials=true",
		"--feature-gates=RotateKubeletServerCertificate=true",
	],
	"kube-scheduler": [
		"--bind-address=127.0.0.1",
		"--kubeconfig=/etc/kubernetes/scheduler.conf",
		"--profiling=false",
	],
	"etcd": [
		"--cert-file=/etc/kubernetes/pki/etcd/server.crt",
		"--key-file=/etc/kubernetes/pki/etcd/server.key",
		"--client-cert-auth=true",
		"--trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt",
		"--peer-cert-file=/etc/kubernetes/pki/etcd/peer.crt",
		"--peer-key-file=/etc/kubernetes/pki/etcd/peer.key",
		"--peer-client-cert-auth=true",
		"--peer-trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt",
		"--data-dir=/var/lib/etcd",
	],
}
