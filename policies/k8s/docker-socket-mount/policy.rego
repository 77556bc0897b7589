# METADATA
# title: Pod mounts the container runtime socket
# description: >-
#   The Docker, containerd and CRI-O sockets are the API of the node's container runtime. A pod
#   that mounts one can start privileged containers on the node, read every container's
#   filesystem and environment, and so owns the node.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/storage/volumes/#hostpath
# custom:
#   id: k8s/docker-socket-mount
#   severity: critical
#   kinds: [kubernetes]
#   remediation: |
#     Do not mount the runtime socket. Build images with a daemonless builder (BuildKit
#     rootless, kaniko, buildah) and read container metadata through the Kubernetes API.
#
#     Before:
#     ```yaml
#     volumes:
#       - name: docker
#         hostPath:
#           path: /var/run/docker.sock
#     ```
#     After: remove the volume and its volumeMount.
#   tags: [security, pod-security]
#   equivalents:
#     checkov: [CKV_K8S_27]
#     kubescape: [containers-mounting-docker-socket]
#     kube-linter: [docker-sock]
package palisade.k8s.docker_socket_mount

import data.palisade.lib.k8s

runtime_sockets := {
	"/var/run/docker.sock", "/run/docker.sock",
	"/var/run/containerd/containerd.sock", "/run/containerd/containerd.sock",
	"/var/run/crio/crio.sock", "/run/crio/crio.sock",
	"/var/run/cri-dockerd.sock", "/run/cri-dockerd.sock",
}

# Mounting the directory that holds a socket exposes the socket too (/var/run/docker held
# containerd's socket in Docker releases up to 18.09).
runtime_socket_dirs := {"/var/run", "/run", "/var/run/docker", "/run/docker", "/var/run/containerd", "/run/containerd", "/var/run/crio", "/run/crio"}

violation contains v if {
	some i, volume in k8s.pod_spec.volumes
	path := trim_right(volume.hostPath.path, "/")
	exposes_socket(path)
	v := {
		"msg": sprintf("%s mounts the container runtime socket %q (volume %q), which gives control of the node", [k8s.resource, volume.hostPath.path, object.get(volume, "name", "(unnamed)")]),
		"path": array.concat(k8s.pod_spec_path, ["volumes", i]),
	}
}

exposes_socket(path) if path in runtime_sockets

exposes_socket(path) if path in runtime_socket_dirs
