# METADATA
# title: Container has no readiness probe
# description: >-
#   Without a readiness probe a pod receives traffic as soon as its container starts, before it
#   can serve, and keeps receiving it while it is overloaded or cut off from its dependencies;
#   rolling updates then turn into outages.
# related_resources:
#   - ref: https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/
# custom:
#   id: k8s/readiness-probe-missing
#   severity: low
#   kinds: [kubernetes]
#   remediation: |
#     Add a `readinessProbe` to every long-running container, checking an endpoint that reflects
#     whether the container can serve requests right now.
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
#         readinessProbe:
#           httpGet:
#             path: /healthz
#             port: 8080
#           periodSeconds: 10
#     ```
#   tags: [reliability]
#   equivalents:
#     checkov: [CKV_K8S_9]
#     polaris: [readinessProbeMissing]
#     kubescape: [configured-readiness-probe]
#     kube-linter: [no-readiness-probe]
package palisade.k8s.readiness_probe_missing

import data.palisade.lib.k8s

# Jobs run to completion, so probes mean little there; init containers cannot have them.
# Both exemptions match polaris.
exempt_kinds := {"Job", "CronJob"}

violation contains v if {
	not input.kind in exempt_kinds
	some c in k8s.app_containers
	not is_object(object.get(c.container, "readinessProbe", null))
	v := {
		"msg": sprintf("%s in %s has no readinessProbe", [c.label, k8s.resource]),
		"path": c.path,
	}
}
