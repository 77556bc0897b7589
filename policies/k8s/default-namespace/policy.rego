# METADATA
# title: Object is placed in the default namespace
# description: >-
#   The `default` namespace is where everything lands that nobody placed deliberately. Workloads
#   there share RBAC, quotas and network policies with whatever else ends up in it, so they
#   cannot be isolated from each other or governed separately.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/
# custom:
#   id: k8s/default-namespace
#   severity: low
#   kinds: [kubernetes]
#   remediation: |
#     Create a namespace per application or team and put the object there.
#
#     Before:
#     ```yaml
#     metadata:
#       name: web
#       namespace: default
#     ```
#     After:
#     ```yaml
#     metadata:
#       name: web
#       namespace: shop
#     ```
#   tags: [governance]
#   frameworks:
#     cis-kubernetes: ["5.7.4"]
#   equivalents:
#     checkov: [CKV_K8S_21]
#     kube-linter: [use-namespace]
#     kubescape: [pods-in-default-namespace, configmap-in-default-namespace, resources-secret-in-default-namespace, serviceaccount-in-default-namespace, service-in-default-namespace, role-in-default-namespace, rolebinding-in-default-namespace, ingress-in-default-namespace, persistentvolumeclaim-in-default-namespace, poddisruptionbudget-in-default-namespace, horizontalpodautoscaler-in-default-namespace, lease-in-default-namespace, endpoints-in-default-namespace, endpointslice-in-default-namespace, podtemplate-in-default-namespace, replicationcontroller-in-default-namespace, csistoragecapacity-in-default-namespace]
package palisade.k8s.default_namespace

import data.palisade.lib.k8s

# Only an explicit `namespace: default` is reported: manifests without a namespace are usually
# placed by `kubectl -n`, Helm or Kustomize at deploy time. The API server's own `kubernetes`
# Service (with its Endpoints) and the namespace's `default` ServiceAccount legitimately live there.
violation contains v if {
	input.metadata.namespace == "default"
	not input.kind in k8s.cluster_scoped_kinds
	not built_in
	v := {
		"msg": sprintf("%s is placed in the default namespace; give it a dedicated namespace", [k8s.resource]),
		"path": ["metadata", "namespace"],
	}
}

# The API server's own Service and the Endpoints/EndpointSlice behind it.
built_in if {
	input.kind in {"Service", "Endpoints", "EndpointSlice"}
	input.metadata.name == "kubernetes"
}

built_in if {
	input.kind == "ServiceAccount"
	input.metadata.name == "default"
}
