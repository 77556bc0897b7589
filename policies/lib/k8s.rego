# Helpers shared by the k8s policy pack: where the pod spec and every container sit in any
# object that runs pods, with the route a finding must report, and how pod-level security
# settings combine with container-level ones; RBAC rules and what they grant. Policies must not
# re-derive these paths themselves: one definition keeps every workload kind (and every
# container list) covered by every policy. This package decides nothing about what is compliant.
package palisade.lib.k8s

# The route of the pod spec inside the object. Pods hold it at spec; every controller, core or
# not (Deployment, Job, Knative Service/Configuration, OpenShift DeploymentConfig, Argo Rollout,
# any CRD with a pod template), at spec.template.spec, CronJob-like kinds at
# spec.jobTemplate.spec.template.spec and PodTemplate at template.spec. The shape decides, not
# the kind: a pod spec is an object with a field only pod specs have.
pod_spec_path := ["spec"] if {
	input.kind == "Pod"
} else := ["spec", "jobTemplate", "spec", "template", "spec"] if {
	is_pod_spec(object.get(input, ["spec", "jobTemplate", "spec", "template", "spec"], null))
} else := ["spec", "template", "spec"] if {
	is_pod_spec(object.get(input, ["spec", "template", "spec"], null))
} else := ["template", "spec"] if {
	is_pod_spec(object.get(input, ["template", "spec"], null))
}

pod_spec_fields := {
	"containers", "initContainers", "ephemeralContainers", "volumes", "serviceAccountName",
	"serviceAccount", "securityContext", "hostNetwork", "hostPID", "hostIPC", "restartPolicy",
	"automountServiceAccountToken", "nodeSelector", "tolerations", "affinity",
}

is_pod_spec(spec) if {
	is_object(spec)
	some field in pod_spec_fields
	spec[field]
}

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
# A container list that is not an array (a map by mistake) holds no containers Kubernetes would
# run; it is not read, so no message is built from its keys.
containers contains entry if {
	some list, _ in container_lists
	is_array(pod_spec[list])
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
	c.name != ""
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

# A digest as the OCI image spec defines it: the registered algorithms with their exact
# lowercase hex length, or another algorithm in the spec's grammar. A short or upper-case
# sha256 digest is no pin (the runtime rejects it).
image_pinned_by_digest(image) if regex.match(`^sha256:[a-f0-9]{64}$`, image_digest(image))

image_pinned_by_digest(image) if regex.match(`^sha512:[a-f0-9]{128}$`, image_digest(image))

image_pinned_by_digest(image) if {
	d := image_digest(image)
	regex.match(`^[a-z0-9]+([+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$`, d)
	not regex.match(`^sha(256|512):`, d)
}

# Kinds that are not namespaced: a namespace on them means nothing.
cluster_scoped_kinds := {
	"Namespace", "Node", "PersistentVolume", "StorageClass", "ClusterRole", "ClusterRoleBinding",
	"CustomResourceDefinition", "PriorityClass", "IngressClass", "RuntimeClass",
	"MutatingWebhookConfiguration", "ValidatingWebhookConfiguration", "APIService",
	"CSIDriver", "CSINode", "VolumeAttachment", "PodSecurityPolicy",
}

# Credentials written into manifests.

# Names (of environment variables, ConfigMap keys …) that hold credentials. Matched on the
# lower-cased name; the list follows polaris's sensitiveContainerEnvVar and adds the common
# *_KEY spellings of credentials.
sensitive_name_patterns := [
	`password`, `passwd`, `(^|_)pwd($|_)`, `token`, `secret`, `bearer`, `credential`,
	`api_?key`, `private_?key`, `access_?key`, `(encryption|signing|master|client)_?key`,
	`^azure_.+key$`, `^oci_cli_key_content$`,
]

# Names ending in _PATH, _FILE, _DIR, _NAME, _REF, _URL … say where a credential is or which
# one to use (`ALLOYDB_SECRET_NAME`, `TOKEN_PATH`), not the credential itself.
credential_name(name) if {
	lname := lower(name)
	some pattern in sensitive_name_patterns
	regex.match(pattern, lname)
	not regex.match(`_(path|file|dir|name|ref|url|uri|endpoint|host|location)$`, lname)
}

# Values that stand in for the credential rather than being one: a reference to another
# variable (`$(DB_PASS)`, `${DB_PASS}`), an `<angle-bracket>` hint, an identifier-style
# placeholder a deploy step substitutes (`GOOGLE_API_KEY_VAL`), or a file path.
placeholder(value) if regex.match(`^\$[({]?[A-Za-z_][A-Za-z0-9_]*[)}]?$`, value)

placeholder(value) if regex.match(`^<[^>]*>$`, value)

placeholder(value) if regex.match(`^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$`, value)

placeholder(value) if startswith(value, "/")

# Capabilities with a known container-escape or node-takeover path (k8s/dangerous-capabilities);
# upper case, without the CAP_ prefix (Kubernetes accepts either spelling and any case).
dangerous_capabilities := {
	"ALL", "SYS_ADMIN", "NET_ADMIN", "SYS_PTRACE", "SYS_MODULE", "SYS_RAWIO", "SYS_BOOT",
	"SYS_TIME", "DAC_READ_SEARCH", "BPF", "PERFMON", "MAC_ADMIN", "MAC_OVERRIDE", "SYSLOG",
}

# RBAC: every rule of a Role or ClusterRole, as {"i", "rule", "path"}.
rbac_rules contains {"i": i, "rule": rule, "path": ["rules", i]} if {
	input.kind in {"Role", "ClusterRole"}
	some i, rule in input.rules
	is_object(rule)
}

# The rule names `resource` (which may be a subresource, `pods/exec`) and grants `verb` on it in
# API group `group` ("*" in apiGroups or verbs matches anything). A rule on every resource
# ("*") is k8s/rbac-wildcard's finding: the policies about one permission do not repeat it.
grants(rule, group, resource, verb) if {
	matches(rule.apiGroups, group)
	resource in rule.resources
	matches(rule.verbs, verb)
}

matches(list, value) if {
	is_array(list)
	some x in list
	x in {value, "*"}
}
