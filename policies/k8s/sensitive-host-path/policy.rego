# METADATA
# title: Pod mounts a sensitive host directory
# description: >-
#   A hostPath volume on the node's root, system or runtime directories (/, /etc, /proc, /sys,
#   /dev, /boot, /root, /usr, /lib, /var/lib/kubelet, container runtime state …) lets the
#   container read node credentials and kubelet keys, or change the node's configuration and
#   binaries: a short path from a compromised container to the whole node.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/storage/volumes/#hostpath
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
# custom:
#   id: k8s/sensitive-host-path
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Use a dedicated directory (or a persistent volume) instead; if a node agent truly needs the
#     path, mount only the file it needs, read-only, and document why.
#
#     Before:
#     ```yaml
#     volumes:
#       - name: etc
#         hostPath: {path: /etc}
#     ```
#     After:
#     ```yaml
#     volumes:
#       - name: data
#         persistentVolumeClaim: {claimName: agent-data}
#     ```
#   tags: [security, pod-security]
#   frameworks:
#     cis-kubernetes: [5.2.12]
#   equivalents:
#     kube-linter: [sensitive-host-mounts]
package palisade.k8s.sensitive_host_path

import data.palisade.lib.k8s

sensitive := {
	"/", "/etc", "/proc", "/sys", "/dev", "/boot", "/root", "/usr", "/lib", "/lib64", "/bin", "/sbin",
	"/var/lib/kubelet", "/var/lib/docker", "/var/lib/containerd", "/var/lib/etcd", "/etc/kubernetes",
}

violation contains v if {
	some i, volume in k8s.pod_spec.volumes
	raw := volume.hostPath.path
	is_string(raw)
	path := normalised(raw)
	some dir in sensitive
	under(path, dir)
	v := {
		"msg": sprintf("%s mounts the host's %s (volume %q), which exposes the node's system files; mount a dedicated directory instead", [k8s.resource, raw, object.get(volume, "name", "(unnamed)")]),
		"path": array.concat(k8s.pod_spec_path, ["volumes", i, "hostPath", "path"]),
	}
}

normalised(p) := "/" if {
	trim_right(p, "/") == ""
} else := trim_right(p, "/")

under(path, dir) if path == dir

under(path, dir) if {
	dir != "/"
	startswith(path, concat("", [dir, "/"]))
}
