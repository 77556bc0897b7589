# METADATA
# title: Pod runs as a service account no manifest defines
# description: >-
#   A pod naming a service account that does not exist is rejected by the ServiceAccount admission
#   plugin, so the workload never starts; and whoever later creates an account of that name (in a
#   shared namespace, or a chart installed next to it) decides what the pods may do. Checked
#   against the ServiceAccounts of the same scan, so scan the whole manifests folder.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/service-accounts/
# custom:
#   id: k8s/service-account-missing
#   severity: medium
#   profile: strict
#   confidence: medium
#   inventory: true
#   kinds: [kubernetes]
#   remediation: |
#     Add the ServiceAccount to the manifests (in the pod's namespace), or correct the name.
#
#     Before:
#     ```yaml
#     spec:
#       serviceAccountName: api-runner   # defined nowhere
#     ```
#     After:
#     ```yaml
#     apiVersion: v1
#     kind: ServiceAccount
#     metadata:
#       name: api-runner
#     ```
#   tags: [reliability, inventory]
#   equivalents:
#     kubescape: [non-existent-service-account]
#     kube-linter: [non-existent-service-account]
package palisade.k8s.service_account_missing

import data.palisade.lib.k8s
import data.palisade.lib.k8s_inventory as inventory

violation contains v if {
	inventory.loaded
	some field in ["serviceAccountName", "serviceAccount"]
	name := k8s.pod_spec[field]
	is_string(name)
	not name in {"", "default"}
	not inventory.has(inventory.namespace, "ServiceAccount", name)
	v := {
		"msg": sprintf("%s runs as service account %q, which no ServiceAccount in namespace %q of this scan defines", [k8s.resource, name, inventory.namespace]),
		"path": array.concat(k8s.pod_spec_path, [field]),
	}
}
