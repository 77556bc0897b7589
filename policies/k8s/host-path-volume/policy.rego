# METADATA
# title: Pod mounts a hostPath volume
# description: >-
#   A hostPath volume exposes part of the node's filesystem to the pod. Writable host paths let a
#   container plant files the node later executes, and even read-only ones leak credentials and
#   other pods' data; the pod is also tied to whatever the node happens to hold.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/storage/volumes/#hostpath
# custom:
#   id: k8s/host-path-volume
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Replace the hostPath volume with an `emptyDir`, a ConfigMap/Secret, or a
#     PersistentVolumeClaim.
#
#     Before:
#     ```yaml
#     volumes:
#       - name: logs
#         hostPath:
#           path: /var/log
#     ```
#     After:
#     ```yaml
#     volumes:
#       - name: logs
#         emptyDir: {}
#     ```
#   tags: [security, pod-security]
#   equivalents:
#     trivy: [KSV023]
#     polaris: [hostPathSet]
#     kubescape: [alert-any-hostpath]
package palisade.k8s.host_path_volume

import data.palisade.lib.k8s

violation contains v if {
	some i, volume in k8s.pod_spec.volumes
	volume.hostPath
	v := {
		"msg": sprintf("%s mounts the node's path %q through hostPath volume %q", [k8s.resource, host_path(volume), volume_name(volume)]),
		"path": array.concat(k8s.pod_spec_path, ["volumes", i, "hostPath"]),
	}
}

host_path(volume) := p if {
	p := volume.hostPath.path
	is_string(p)
} else := "(no path)"

volume_name(volume) := n if {
	n := volume.name
	is_string(n)
} else := "(unnamed)"
