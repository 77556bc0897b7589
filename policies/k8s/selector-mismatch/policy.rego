# METADATA
# title: Workload selector does not match its pod template's labels
# description: >-
#   A Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob's job
#   template or OpenShift DeploymentConfig manages the pods its selector matches. If
#   the pod template lacks a label the selector requires, the API server rejects the object
#   (apps/v1), or older controllers create pods they never recognise and keep creating more.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#selector
# custom:
#   id: k8s/selector-mismatch
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Give the pod template every label of spec.selector.matchLabels.
#
#     Before:
#     ```yaml
#     selector:
#       matchLabels: {app: orders}
#     template:
#       metadata:
#         labels: {app: order}
#     ```
#     After:
#     ```yaml
#     selector:
#       matchLabels: {app: orders}
#     template:
#       metadata:
#         labels: {app: orders}
#     ```
#   tags: [correctness]
#   equivalents:
#     kubescape: [mismatching-selector]
#     kube-linter: [mismatching-selector]
package palisade.k8s.selector_mismatch

import data.palisade.lib.k8s

# The selector sits beside the pod template it must match, in any kind (core controllers,
# OpenShift DeploymentConfig, CRDs): spec.selector beside spec.template, or
# spec.jobTemplate.spec.selector beside a CronJob-like job template. A Pod or PodTemplate has none.
selector_path := array.concat(array.slice(k8s.pod_spec_path, 0, count(k8s.pod_spec_path) - 2), ["selector"]) if {
	count(k8s.pod_spec_path) >= 3
}

selector := object.get(input, selector_path, null)

template_labels := object.get(input, array.concat(array.slice(k8s.pod_spec_path, 0, count(k8s.pod_spec_path) - 1), ["metadata", "labels"]), {})

# A LabelSelector holds matchLabels/matchExpressions; ReplicationController and DeploymentConfig
# selectors are a plain map of labels. The shape decides, not the kind.
label_selector if {
	some key in {"matchLabels", "matchExpressions"}
	selector[key]
}

plain_selector if {
	not label_selector
	count(selector) > 0
	every value in selector {
		is_string(value)
	}
}

match_labels := selector if {
	plain_selector
} else := object.get(selector, "matchLabels", {})

label_path(key) := array.concat(selector_path, [key]) if {
	plain_selector
} else := array.concat(selector_path, ["matchLabels", key])

violation contains v if {
	is_object(selector)
	some key, value in match_labels
	not template_labels[key] == value
	v := {
		"msg": sprintf("%s selects pods with %s=%s, but its pod template does not carry that label; make them match", [k8s.resource, key, value]),
		"path": label_path(key),
	}
}

violation contains v if {
	is_object(selector)
	some i, req in selector.matchExpressions
	not satisfied(req)
	v := {
		"msg": sprintf("%s selects pods with %s %s %v, which its pod template's labels do not satisfy; make them match", [k8s.resource, req.key, req.operator, object.get(req, "values", [])]),
		"path": array.concat(selector_path, ["matchExpressions", i]),
	}
}

satisfied(req) if {
	req.operator == "In"
	template_labels[req.key] in req.values
}

satisfied(req) if {
	req.operator == "NotIn"
	not template_labels[req.key] in req.values
}

satisfied(req) if {
	req.operator == "Exists"
	template_labels[req.key]
}

satisfied(req) if {
	req.operator == "DoesNotExist"
	not template_labels[req.key]
}
