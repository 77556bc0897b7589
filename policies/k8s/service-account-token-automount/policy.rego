# METADATA
# title: Service account token is mounted automatically
# description: >-
#   Unless `automountServiceAccountToken: false`, every container of the pod gets a token for
#   the Kubernetes API at a well-known path. Most applications never call the API, but anyone
#   who compromises them can use the token with whatever RBAC the service account has.
# related_resources:
#   - ref: https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting
# custom:
#   id: k8s/service-account-token-automount
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Set `automountServiceAccountToken: false` in the pod spec (and on the ServiceAccount).
#     Workloads that do call the API can mount a projected token explicitly.
#
#     Before:
#     ```yaml
#     spec:
#       serviceAccountName: web
#       containers: …
#     ```
#     After:
#     ```yaml
#     spec:
#       serviceAccountName: web
#       automountServiceAccountToken: false
#       containers: …
#     ```
#   tags: [security, rbac]
#   frameworks:
#     cis-kubernetes: ["5.1.6"]
#   equivalents:
#     checkov: [CKV_K8S_38]
#     trivy: [KSV036]
#     polaris: [automountServiceAccountToken]
package palisade.k8s.service_account_token_automount

import data.palisade.lib.k8s

# Each document is evaluated on its own, so a ServiceAccount that disables automounting is not
# visible here; the pod spec's own setting (which overrides the ServiceAccount's) is what counts.
violation contains v if {
	not k8s.pod_spec.automountServiceAccountToken == false
	v := {
		"msg": sprintf("%s %s; set automountServiceAccountToken: false unless it calls the Kubernetes API", [k8s.resource, problem]),
		"path": k8s.existing_path(k8s.pod_spec_path, k8s.pod_spec, ["automountServiceAccountToken"]),
	}
}

problem := "explicitly mounts a service account token (automountServiceAccountToken: true)" if {
	k8s.pod_spec.automountServiceAccountToken == true
} else := "mounts a service account token into its containers by default"
