# METADATA
# title: Container has no liveness probe
# description: >-
#   Without a liveness probe Kubernetes restarts a container only when its process exits. A
#   process that deadlocks or hangs keeps its pod Running and keeps receiving its share of
#   traffic while serving nothing.
# related_resources:
#   - ref: https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/
# custom:
#   id: k8s/liveness-probe-missing
#   severity: low
#   kinds: [kubernetes]
#   remediation: |
#     Add a `livenessProbe` to every long-running container, checking an endpoint that reflects
#     whether the process can still make progress (not its dependencies).
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
#         livenessProbe:
#           httpGet:
#             path: /healthz
#             port: 8080
#           periodSeconds: 10
#     ```
#   tags: [reliability]
#   equivalents:
#     checkov: [CKV_K8S_8]
#     polaris: [livenessProbeMissing]
#     kubescape: [configured-liveness-probe]
#     kube-linter: [no-liveness-probe]
package palisade.k8s.liveness_probe_missing

import data.palisade.lib.k8s

# Jobs run to completion, so probes mean little there; init containers cannot have them.
# Both exemptions match polaris.
exempt_kinds := {"Job", "CronJob"}

violation contains v if {
	not input.kind in exempt_kinds
	some c in k8s.app_containers
	not is_object(object.get(c.container, "livenessProbe", null))
	v := {
		"msg": sprintf("%s in %s has no livenessProbe", [c.label, k8s.resource]),
		"path": c.path,
	}
}
