# METADATA
# title: Container has no memory request
# description: >-
#   The scheduler places pods by their requests. A container without a memory request may be
#   packed onto a node that cannot hold it, and it is among the first evicted when the node
#   runs short of memory.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
# custom:
#   id: k8s/memory-requests-missing
#   severity: low
#   kinds: [kubernetes]
#   remediation: |
#     Set `resources.requests.memory` on every application container, sized from observed usage.
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
#           requests:
#             memory: 256Mi
#     ```
#   tags: [reliability, resources]
#   equivalents:
#     checkov: [CKV_K8S_12]
#     trivy: [KSV016]
#     polaris: [memoryRequestsMissing]
#     kubescape: [resources-memory-requests, resources-memory-limit-and-request]
#     kube-linter: [unset-memory-requirements]
package palisade.k8s.memory_requests_missing

import data.palisade.lib.k8s

# Init containers run before the app and are sized separately by the scheduler; like polaris,
# only the long-running containers are held to this.
violation contains v if {
	some c in k8s.app_containers
	not set(object.get(c.container, ["resources", "requests", "memory"], null))
	v := {
		"msg": sprintf("%s in %s has no memory requests (resources.requests.memory)", [c.label, k8s.resource]),
		"path": k8s.existing_path(c.path, c.container, ["resources", "requests", "memory"]),
	}
}

set(x) if is_number(x)

set(x) if {
	is_string(x)
	x != ""
}
