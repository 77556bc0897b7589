# METADATA
# title: Container has no CPU request
# description: >-
#   The scheduler places pods by their requests. A container without a CPU request may land on
#   a node that cannot serve it, and under contention it gets the smallest share of CPU, so
#   latency becomes unpredictable.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
# custom:
#   id: k8s/cpu-requests-missing
#   severity: low
#   kinds: [kubernetes]
#   remediation: |
#     Set `resources.requests.cpu` on every application container, sized from observed usage.
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
#             cpu: 250m
#     ```
#   tags: [reliability, resources]
#   equivalents:
#     checkov: [CKV_K8S_10]
#     trivy: [KSV015]
#     polaris: [cpuRequestsMissing]
#     kubescape: [resources-cpu-requests, resources-cpu-limit-and-request]
#     kube-linter: [unset-cpu-requirements]
package palisade.k8s.cpu_requests_missing

import data.palisade.lib.k8s

# Init containers run before the app and are sized separately by the scheduler; like polaris,
# only the long-running containers are held to this.
violation contains v if {
	some c in k8s.app_containers
	not set(object.get(c.container, ["resources", "requests", "cpu"], null))
	v := {
		"msg": sprintf("%s in %s has no cpu requests (resources.requests.cpu)", [c.label, k8s.resource]),
		"path": k8s.existing_path(c.path, c.container, ["resources", "requests", "cpu"]),
	}
}

set(x) if is_number(x)

set(x) if {
	is_string(x)
	x != ""
}
