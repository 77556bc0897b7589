# METADATA
# title: Container has no memory limit
# description: >-
#   Without a memory limit one container can exhaust its node's memory, and the kernel's OOM
#   killer then terminates other pods, not necessarily the culprit. A limit confines a leak or
#   a memory-exhaustion attack to the container that causes it.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
# custom:
#   id: k8s/memory-limits-missing
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Set `resources.limits.memory` on every application container, sized from observed usage.
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
#         resources:
#           limits:
#             memory: 512Mi
#     ```
#   tags: [reliability, resources]
#   equivalents:
#     checkov: [CKV_K8S_13]
#     trivy: [KSV018]
#     polaris: [memoryLimitsMissing]
#     kubescape: [resources-memory-limits, resources-memory-limit-and-request]
#     kube-linter: [unset-memory-requirements]
package palisade.k8s.memory_limits_missing

import data.palisade.lib.k8s

# Init containers run before the app and are sized separately by the scheduler; like polaris,
# only the long-running containers are held to this.
violation contains v if {
	some c in k8s.app_containers
	not set(object.get(c.container, ["resources", "limits", "memory"], null))
	v := {
		"msg": sprintf("%s in %s has no memory limits (resources.limits.memory)", [c.label, k8s.resource]),
		"path": k8s.existing_path(c.path, c.container, ["resources", "limits", "memory"]),
	}
}

set(x) if is_number(x)

set(x) if {
	is_string(x)
	x != ""
}
