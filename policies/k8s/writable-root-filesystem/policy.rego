# METADATA
# title: Container root filesystem is writable
# description: >-
#   A writable root filesystem lets an attacker who gets code execution install tools, modify
#   binaries or drop persistence into the container. A read-only root filesystem, with explicit
#   writable volumes for the few paths that need them, removes that option and makes drift
#   visible.
# related_resources:
#   - ref: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
# custom:
#   id: k8s/writable-root-filesystem
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Set `readOnlyRootFilesystem: true` on the container and mount an `emptyDir` at each path
#     the process writes to (for example /tmp).
#
#     Before:
#     ```yaml
#     containers:
#       - name: app
#         image: ghcr.io/acme/app:1.4.0
#     ```
#     After:
#     ```yaml
#     containers:
#       - name: app
#         image: ghcr.io/acme/app:1.4.0
#         securityContext:
#           readOnlyRootFilesystem: true
#         volumeMounts:
#           - name: tmp
#             mountPath: /tmp
#     ```
#   tags: [security, hardening]
#   equivalents:
#     checkov: [CKV_K8S_22]
#     trivy: [KSV014]
#     polaris: [notReadOnlyRootFilesystem]
#     kubescape: [immutable-container-filesystem]
#     kube-linter: [no-read-only-root-fs]
package palisade.k8s.writable_root_filesystem

import data.palisade.lib.k8s

# readOnlyRootFilesystem exists only on a container's SecurityContext.
violation contains v if {
	some c in k8s.containers
	not c.container.securityContext.readOnlyRootFilesystem == true
	v := {
		"msg": sprintf("%s in %s has a writable root filesystem; set readOnlyRootFilesystem: true", [c.label, k8s.resource]),
		"path": k8s.existing_path(c.path, c.container, ["securityContext", "readOnlyRootFilesystem"]),
	}
}
