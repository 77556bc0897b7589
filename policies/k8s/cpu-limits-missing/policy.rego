# METADATA
# title: Container has no CPU limit
# description: >-
#   Without a CPU limit a container can use every idle core on its node, starving neighbours
#   when it misbehaves and making performance depend on who else is scheduled there. A limit
#   bounds the damage of a runaway or compromised process.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
# custom:
#   id: k8s/cpu-limits-missing
#   severity: low
#   kinds: [kubernetes]
#   remediation: |
#     Set `resources.limits.cpu` on every application container, sized from observed usage.
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
#             cpu: "1"
#     ```
#   tags: [reliability, resources]
#   equivalents:
#     checkov: [CKV_K8S_11]
#     trivy: [KSV011]
#     polaris: [cpuLimitsMissing]
#     kubescape: [resources-cpu-limits, resources-cpu-limit-and-request]
#     kube-linter: [unset-cpu-requirements]
package palisade.k8s.cpu_limits_missing

import data.palisade.lib.k8s

# Init containers run before the app and are sized separately by the scheduler; like polaris,
# only the long-running containers are held to this.
violation contains v if {
	some c in k8s.app_containers
	not set(object.get(c.container, ["resources", "limits", "cpu"], null))
	v := {
		"msg": sprintf("%s in %s has no cpu limits (resources.limits.cpu)", [c.label, k8s.resource]),
		"path": k8s.existing_path(c.path, c.container, ["resources", "limits", "cpu"]),
	}
}

set(x) if is_number(x)

set(x) if {
	is_string(x)
	x != ""
}
