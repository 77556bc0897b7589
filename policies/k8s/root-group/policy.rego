# METADATA
# title: Container runs with the root group (GID 0)
# description: >-
#   A process whose group is root (runAsGroup: 0), or a pod that adds GID 0 through fsGroup or
#   supplementalGroups, can read and write every file the image and the mounted volumes leave
#   group-owned by root: often configuration, keys and binaries. Running as a non-root user does
#   not help if the group is still root.
# related_resources:
#   - ref: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
# custom:
#   id: k8s/root-group
#   severity: low
#   kinds: [kubernetes]
#   remediation: |
#     Set a non-zero group for the pod (and do not add group 0).
#
#     Before:
#     ```yaml
#     securityContext:
#       runAsUser: 10001
#       runAsGroup: 0
#     ```
#     After:
#     ```yaml
#     securityContext:
#       runAsUser: 10001
#       runAsGroup: 10001
#       fsGroup: 10001
#     ```
#   tags: [security, pod-security]
#   equivalents:
#     kubescape: [non-root-containers, set-fsgroup-value, set-supplementalgroups-values]
#     kube-linter: [run-as-non-root]
package palisade.k8s.root_group

import data.palisade.lib.k8s

violation contains v if {
	some c in k8s.containers
	k8s.security_value(c, "runAsGroup") == 0
	v := {
		"msg": sprintf("%s in %s runs with the root group (runAsGroup: 0); set a non-zero runAsGroup", [c.label, k8s.resource]),
		"path": k8s.security_path(c, "runAsGroup"),
	}
}

violation contains v if {
	k8s.pod_spec.securityContext.fsGroup == 0
	v := {
		"msg": sprintf("%s sets fsGroup: 0, so its volumes are owned by the root group; use a non-zero fsGroup", [k8s.resource]),
		"path": array.concat(k8s.pod_spec_path, ["securityContext", "fsGroup"]),
	}
}

violation contains v if {
	some i, g in k8s.pod_spec.securityContext.supplementalGroups
	g == 0
	v := {
		"msg": sprintf("%s adds the root group (0) to supplementalGroups; remove it", [k8s.resource]),
		"path": array.concat(k8s.pod_spec_path, ["securityContext", "supplementalGroups", i]),
	}
}
