# METADATA
# title: Object uses an API version Kubernetes has removed
# description: >-
#   Beta API versions are removed a few releases after their stable replacement ships
#   (extensions/v1beta1 and apps/v1beta1/v1beta2 in 1.16, networking.k8s.io/v1beta1 Ingress in
#   1.22, batch/v1beta1 CronJob and policy/v1beta1 in 1.25 …). A current cluster rejects these
#   manifests, so the deployment fails — often only when the cluster is upgraded.
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/using-api/deprecation-guide/
# custom:
#   id: k8s/removed-api-version
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Move to the stable API version (fields may have changed; see the deprecation guide).
#
#     Before:
#     ```yaml
#     apiVersion: extensions/v1beta1
#     kind: Deployment
#     ```
#     After:
#     ```yaml
#     apiVersion: apps/v1
#     kind: Deployment
#     ```
#   tags: [reliability]
#   equivalents:
#     kube-linter: [no-extensions-v1beta]
package palisade.k8s.removed_api_version

import data.palisade.lib.k8s

# apiVersion → kind → the Kubernetes release that removed it and the replacement.
removed := {
	"extensions/v1beta1": {"Deployment": ["1.16", "apps/v1"], "DaemonSet": ["1.16", "apps/v1"], "ReplicaSet": ["1.16", "apps/v1"], "NetworkPolicy": ["1.16", "networking.k8s.io/v1"], "PodSecurityPolicy": ["1.16", "policy/v1beta1 (itself removed in 1.25)"], "Ingress": ["1.22", "networking.k8s.io/v1"]},
	"apps/v1beta1": {"Deployment": ["1.16", "apps/v1"], "StatefulSet": ["1.16", "apps/v1"], "ReplicaSet": ["1.16", "apps/v1"]},
	"apps/v1beta2": {"Deployment": ["1.16", "apps/v1"], "StatefulSet": ["1.16", "apps/v1"], "DaemonSet": ["1.16", "apps/v1"], "ReplicaSet": ["1.16", "apps/v1"]},
	"networking.k8s.io/v1beta1": {"Ingress": ["1.22", "networking.k8s.io/v1"], "IngressClass": ["1.22", "networking.k8s.io/v1"]},
	"rbac.authorization.k8s.io/v1beta1": {"Role": ["1.22", "rbac.authorization.k8s.io/v1"], "ClusterRole": ["1.22", "rbac.authorization.k8s.io/v1"], "RoleBinding": ["1.22", "rbac.authorization.k8s.io/v1"], "ClusterRoleBinding": ["1.22", "rbac.authorization.k8s.io/v1"]},
	"apiextensions.k8s.io/v1beta1": {"CustomResourceDefinition": ["1.22", "apiextensions.k8s.io/v1"]},
	"admissionregistration.k8s.io/v1beta1": {"MutatingWebhookConfiguration": ["1.22", "admissionregistration.k8s.io/v1"], "ValidatingWebhookConfiguration": ["1.22", "admissionregistration.k8s.io/v1"]},
	"scheduling.k8s.io/v1beta1": {"PriorityClass": ["1.22", "scheduling.k8s.io/v1"]},
	"storage.k8s.io/v1beta1": {"StorageClass": ["1.22", "storage.k8s.io/v1"], "CSIDriver": ["1.22", "storage.k8s.io/v1"], "CSINode": ["1.22", "storage.k8s.io/v1"], "VolumeAttachment": ["1.22", "storage.k8s.io/v1"], "CSIStorageCapacity": ["1.27", "storage.k8s.io/v1"]},
	"batch/v1beta1": {"CronJob": ["1.25", "batch/v1"]},
	"policy/v1beta1": {"PodDisruptionBudget": ["1.25", "policy/v1"], "PodSecurityPolicy": ["1.25", "Pod Security Admission"]},
	"autoscaling/v2beta1": {"HorizontalPodAutoscaler": ["1.25", "autoscaling/v2"]},
	"autoscaling/v2beta2": {"HorizontalPodAutoscaler": ["1.26", "autoscaling/v2"]},
	"discovery.k8s.io/v1beta1": {"EndpointSlice": ["1.25", "discovery.k8s.io/v1"]},
	"flowcontrol.apiserver.k8s.io/v1beta2": {"FlowSchema": ["1.29", "flowcontrol.apiserver.k8s.io/v1"], "PriorityLevelConfiguration": ["1.29", "flowcontrol.apiserver.k8s.io/v1"]},
}

violation contains v if {
	[release, replacement] := removed[input.apiVersion][input.kind]
	v := {
		"msg": sprintf("%s uses %s, removed in Kubernetes %s; use %s", [k8s.resource, input.apiVersion, release, replacement]),
		"path": ["apiVersion"],
	}
}
