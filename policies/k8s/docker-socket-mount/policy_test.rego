package palisade.k8s.docker_socket_mount_test

import data.palisade.k8s.docker_socket_mount

pod(volumes) := {"kind": "Pod", "metadata": {"name": "ci"}, "spec": {"containers": [{"name": "c"}], "volumes": volumes}}

test_docker_socket_is_flagged if {
	vs := docker_socket_mount.violation with input as pod([{"name": "dockersock", "hostPath": {"path": "/var/run/docker.sock"}}])
	count(vs) == 1
	some v in vs
	v.path == ["spec", "volumes", 0]
	contains(v.msg, `"/var/run/docker.sock"`)
}

test_containerd_socket_and_run_dir_are_flagged if {
	count(docker_socket_mount.violation) == 2 with input as pod([
		{"name": "a", "hostPath": {"path": "/run/containerd/containerd.sock"}},
		{"name": "b", "hostPath": {"path": "/var/run/"}},
	])
}

test_other_host_paths_are_left_to_host_path_volume if {
	count(docker_socket_mount.violation) == 0 with input as pod([{"name": "logs", "hostPath": {"path": "/var/log"}}])
}
