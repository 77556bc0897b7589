# METADATA
# title: Pod uses a volume type the restricted Pod Security Standard does not allow
# description: >-
#   The restricted Pod Security Standard allows only volume types that Kubernetes itself
#   manages (configMap, csi, downwardAPI, emptyDir, ephemeral, persistentVolumeClaim, projected,
#   secret). In-tree network and host volumes (nfs, iscsi, rbd, cephfs, gitRepo, flexVolume …)
#   mount storage with the node's credentials and kernel drivers, outside the storage classes and
#   access controls the cluster administers, and gitRepo runs git on the node. hostPath is
#   k8s/host-path-volume's finding.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted
# custom:
#   id: k8s/volume-type-not-restricted
#   severity: low
#   profile: strict
#   kinds: [kubernetes]
#   remediation: |
#     Mount the storage through a PersistentVolumeClaim (a PersistentVolume or a CSI driver the
#     cluster administers), or through a CSI inline volume.
#
#     Before:
#     ```yaml
#     volumes:
#       - name: data
#         nfs: {server: nfs.internal, path: /exports/data}
#     ```
#     After:
#     ```yaml
#     volumes:
#       - name: data
#         persistentVolumeClaim: {claimName: data}
#     ```
#   tags: [security, pod-security]
#   frameworks:
#     pod-security-standards: [restricted/volume-types]
#   equivalents:
#     trivy: [KSV028]
package palisade.k8s.volume_type_not_restricted

import data.palisade.lib.k8s

allowed := {"configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret", "hostPath"}

violation contains v if {
	some i, volume in k8s.pod_spec.volumes
	is_object(volume)
	some field, _ in volume
	field != "name"
	not field in allowed
	v := {
		"msg": sprintf("%s mounts volume %q of type %s, which the restricted Pod Security Standard does not allow; use a PersistentVolumeClaim or CSI", [k8s.resource, object.get(volume, "name", sprintf("#%d", [i])), field]),
		"path": array.concat(k8s.pod_spec_path, ["volumes", i, field]),
	}
}
