# METADATA
# title: Container mounts a hostPath volume writable
# description: >-
#   A hostPath volume mounted without `readOnly: true` lets the container write to the node's
#   filesystem: plant files other pods or the node will run, fill the node's disk, or tamper
#   with logs. Read-only mounts cover what agents usually need.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/storage/volumes/#hostpath
# custom:
#   id: k8s/writable-host-path
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Mount it read-only (or use a volume type that is not the node's filesystem).
#
#     Before:
#     ```yaml
#     volumeMounts:
#       - name: varlog
#         mountPath: /var/log
#     ```
#     After:
#     ```yaml
#     volumeMounts:
#       - name: varlog
#         mountPath: /var/log
#         readOnly: true
#     ```
#   tags: [security]
#   equivalents:
#     kube-linter: [writable-host-mount]
#     kubescape: [alert-rw-hostpath]
package palisade.k8s.writable_host_path

import data.palisade.lib.k8s

host_volumes contains name if {
	some volume in k8s.pod_spec.volumes
	volume.hostPath
	name := volume.name
}

violation contains v if {
	some c in k8s.containers
	some i, mount in c.container.volumeMounts
	mount.name in host_volumes
	not mount.readOnly == true
	v := {
		"msg": sprintf("%s in %s mounts hostPath volume %q at %s writable; add readOnly: true", [c.label, k8s.resource, mount.name, object.get(mount, "mountPath", "?")]),
		"path": array.concat(c.path, ["volumeMounts", i]),
	}
}
