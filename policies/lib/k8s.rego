# Helpers shared by the k8s policy pack: where the pod spec and every container sit in each
# workload kind, with the route a finding must report, and how pod-level security settings
# combine with container-level ones. Policies must not re-derive these paths themselves: one
# definition keeps every workload kind (and every container list) covered by every policy.
# This package decides nothing about what is compliant.
package palisade.lib.k8s

# Kinds whose pod template sits at spec.template.spec.
template_kinds := {"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "ReplicationController"}

# The route of the pod spec inside the object, for every kind that runs pods.
pod_spec_path := ["spec"] if input.kind == "Pod"

pod_spec_path := ["spec", "template", "spec"] if input.kind in template_kinds

pod_spec_path := ["template", "spec"] if input.kind == "PodTemplate"

pod_spec_path := ["spec", "jobTemplate", "spec", "template", "spec"] if input.kind == "CronJob"

pod_spec := spec if {
	spec := object.get(input, pod_spec_path, null)
	is_object(spec)
}

# The object's name, as messages show it.
name := n if {
	n := input.metadata.name
	is_string(n)
} else := "(unnamed)"

# `Deployment "web"`: how messages name the object a finding is about.
resource := sprintf("%s %q", [input.kind, name])

# The three container lists of a pod spec and how messages call their members.
container_lists := {
	"containers": "container",
	"initContainers": "init container",
	"ephemeralContainers": "ephemeral container",
}

# Every container of the object's pod spec: {container, path, list, label}. `path` is the route
# of the container object; `label` names it in a message (`container "app"`).
containers contains entry if {
	some list, _ in container_lists
	some i, c in pod_spec[list]
	is_object(c)
	entry := {
		"container": c,
		"path": array.concat(pod_spec_path, [list, i]),
		"list": list,
		"label": container_label(list, i, c),
	}
}

# Only the long-running application containers (not init or ephemeral ones): probes and
# resource settings apply to these.
app_containers contains c if {
	some c in containers
	c.list == "containers"
}

container_label(list, i, c) := sprintf("%s %q", [container_lists[list], c.name]) if {
	is_string(c.name)
} else := sprintf("%s #%d", [container_lists[list], i])

# The value a container runs with for a setting that both SecurityContext and
# PodSecurityContext define (runAsUser, runAsNonRoot, seccompProfile …): the container's own
# setting wins, the pod's applies otherwise, as in Kubernetes.
security_value(c, field) := v if {
	v := c.container.securityContext[field]
	v != null
} else := v if {
	v := pod_spec.securityContext[field]
	v != null
}

# The route of whichever setting security_value(c, field) took its value from.
security_path(c, field) := array.concat(c.path, ["securityContext", field]) if {
	c.container.securityContext[field] != null
} else := array.concat(pod_spec_path, ["securityContext", field]) if {
	pod_spec.securityContext[field] != null
}

absent := "<palisade:absent>"

# The route of `keys` below `base` (which is the route of `obj`), cut back to the deepest key
# that exists: a missing setting is reported on the object that should hold it.
existing_path(base, obj, keys) := array.concat(base, array.slice(keys, 0, n)) if {
	n := max({i |
		some i in numbers.range(0, count(keys))
		object.get(obj, array.slice(keys, 0, i), absent) != absent
	})
}

# Image references: `registry:5000/team/app:1.2@sha256:…`.
image_digest(image) := d if {
	parts := split(image, "@")
	count(parts) == 2
	d := parts[1]
} else := ""

image_tag(image) := t if {
	ref := split(image, "@")[0]
	segments := split(ref, "/")
	last := segments[count(segments) - 1]
	parts := split(last, ":")
	count(parts) == 2
	t := parts[1]
} else := ""

image_pinned_by_digest(image) if startswith(image_digest(image), "sha256:")

# Kinds that are not namespaced: a namespace on them means nothing.
cluster_scoped_kinds := {
	"Namespace", "Node", "PersistentVolume", "StorageClass", "ClusterRole", "ClusterRoleBinding",
	"CustomResourceDefinition", "PriorityClass", "IngressClass", "RuntimeClass",
	"MutatingWebhookConfiguration", "ValidatingWebhookConfiguration", "APIService",
	"CSIDriver", "CSINode", "VolumeAttachment", "PodSecurityPolicy",
}
