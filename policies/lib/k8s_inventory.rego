# Helpers for policies that compare an object with the rest of the scan (`custom.inventory:
# true`): lookups in `data.inventory`, which the scan fills with every Kubernetes object it
# loaded, in Gatekeeper's shape (`namespace[ns][apiVersion][kind][name]`,
# `cluster[apiVersion][kind][name]`; src/loaders/kubernetes/inventory.ts), the labels of the pods
# an object runs, and label-selector matching as the API server does it. A lookup ignores the
# apiVersion (manifests mix `apps/v1` and older spellings of the same kind). Nothing here decides
# what is compliant; without an inventory (`data.inventory` undefined) nothing is in it and
# `loaded` is false, so policies must require `loaded` before reasoning from an absence.
package palisade.lib.k8s_inventory

loaded if is_object(data.inventory)

# The namespace the object lands in: an unset namespace is filed under `default`, as the
# inventory does.
namespace_of(obj) := ns if {
	ns := obj.metadata.namespace
	is_string(ns)
	ns != ""
} else := "default"

namespace := namespace_of(input)

# Every object of `kind` in namespace `ns`, whatever its apiVersion.
objects(ns, kind) := [obj |
	some api
	some obj in data.inventory.namespace[ns][api][kind]
]

# Every cluster-scoped object of `kind`.
cluster_objects(kind) := [obj |
	some api
	some obj in data.inventory.cluster[api][kind]
]

has(ns, kind, name) if {
	some api
	data.inventory.namespace[ns][api][kind][name]
}

has_cluster(kind, name) if {
	some api
	data.inventory.cluster[api][kind][name]
}

# Every object of namespace `ns` that runs pods, with the labels its pods get: those of its
# template, and the keys its controller adds to every pod (`generated`), whose values a manifest
# cannot know (`statefulset.kubernetes.io/pod-name: web-0`, `pod-template-hash`).
pods(ns) := [{"object": obj, "labels": labels, "generated": object.get(generated_labels, kind, set())} |
	some api, kind
	some obj in data.inventory.namespace[ns][api][kind]
	labels := pod_labels(obj)
]

generated_labels := {
	"Deployment": {"pod-template-hash"},
	"ReplicaSet": {"pod-template-hash"},
	"StatefulSet": {"statefulset.kubernetes.io/pod-name", "controller-revision-hash", "apps.kubernetes.io/pod-index"},
	"DaemonSet": {"controller-revision-hash", "pod-template-generation"},
	"Job": {"job-name", "controller-uid", "batch.kubernetes.io/job-name", "batch.kubernetes.io/controller-uid", "batch.kubernetes.io/job-completion-index"},
	"CronJob": {"job-name", "controller-uid", "batch.kubernetes.io/job-name", "batch.kubernetes.io/controller-uid"},
}

# A Service's plain selector map or a LabelSelector matches one of pods(ns)'s entries; a
# requirement on a key the controller generates is taken as met.
pod_map_selected(selector, pod) := map_selects(object.remove(selector, pod.generated), pod.labels)

pod_selected(selector, pod) if selects(
	{
		"matchLabels": object.remove(object.get(selector, "matchLabels", {}), pod.generated),
		"matchExpressions": [e | some e in object.get(selector, "matchExpressions", []); not e.key in pod.generated],
	},
	pod.labels,
)

# The labels of the pods an object runs: a Pod's own, else its pod template's (controllers,
# CronJob-like kinds, PodTemplate). Undefined for objects that run no pods.
pod_labels(obj) := object.get(obj, ["metadata", "labels"], {}) if {
	obj.kind == "Pod"
} else := object.get(obj, ["spec", "jobTemplate", "spec", "template", "metadata", "labels"], {}) if {
	is_object(obj.spec.jobTemplate.spec.template.spec)
} else := object.get(obj, ["spec", "template", "metadata", "labels"], {}) if {
	is_object(obj.spec.template.spec)
} else := object.get(obj, ["template", "metadata", "labels"], {}) if {
	obj.kind == "PodTemplate"
}

# A Service's selector: a plain label map, every pair must match.
map_selects(selector, labels) if {
	every k, v in selector {
		labels[k] == v
	}
}

# A LabelSelector (matchLabels and matchExpressions, ANDed); an empty one selects everything.
selects(selector, labels) if {
	map_selects(object.get(selector, "matchLabels", {}), labels)
	every e in object.get(selector, "matchExpressions", []) {
		expression_holds(e, labels)
	}
}

expression_holds(e, labels) if {
	e.operator == "In"
	labels[e.key] in e.values
}

expression_holds(e, labels) if {
	e.operator == "NotIn"
	# object.get: an absent label satisfies NotIn, and an undefined operand of `in` would make the
	# whole negated expression undefined rather than true.
	not object.get(labels, e.key, null) in e.values
}

expression_holds(e, labels) if {
	e.operator == "Exists"
	labels[e.key]
}

expression_holds(e, labels) if {
	e.operator == "DoesNotExist"
	not labels[e.key]
}
