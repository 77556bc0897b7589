package palisade.lib.k8s_test

import data.palisade.lib.k8s

deployment := {
	"apiVersion": "apps/v1",
	"kind": "Deployment",
	"metadata": {"name": "web"},
	"spec": {"template": {"spec": {
		"securityContext": {"runAsNonRoot": true, "runAsUser": 10001},
		"initContainers": [{"name": "migrate", "image": "app:1"}],
		"containers": [
			{"name": "app", "image": "app:1", "securityContext": {"runAsUser": 0}},
			{"image": "sidecar:2"},
		],
	}}},
}

test_pod_spec_path_per_kind if {
	k8s.pod_spec_path == ["spec"] with input as {"kind": "Pod", "spec": {}}
	k8s.pod_spec_path == ["spec", "template", "spec"] with input as {"kind": "StatefulSet", "spec": {"template": {"spec": {"containers": []}}}}
	k8s.pod_spec_path == ["spec", "jobTemplate", "spec", "template", "spec"] with input as {"kind": "CronJob", "spec": {"jobTemplate": {"spec": {"template": {"spec": {"containers": []}}}}}}
	not k8s.pod_spec_path with input as {"kind": "Service", "spec": {"ports": []}}
}

test_pod_templates_of_any_kind_are_found if {
	k8s.pod_spec_path == ["spec", "template", "spec"] with input as {"apiVersion": "serving.knative.dev/v1", "kind": "Service", "spec": {"template": {"spec": {"containers": [{"image": "x"}]}}}}
	k8s.pod_spec_path == ["spec", "template", "spec"] with input as {"apiVersion": "argoproj.io/v1alpha1", "kind": "Rollout", "spec": {"template": {"spec": {"initContainers": []}}}}
	k8s.pod_spec_path == ["spec", "template", "spec"] with input as {"apiVersion": "apps.openshift.io/v1", "kind": "DeploymentConfig", "spec": {"template": {"spec": {"containers": []}}}}
	k8s.pod_spec_path == ["spec", "jobTemplate", "spec", "template", "spec"] with input as {"kind": "ScheduledWorkflow", "spec": {"jobTemplate": {"spec": {"template": {"spec": {"containers": []}}}}}}
}

test_container_maps_are_not_read_as_containers if {
	count(k8s.containers) == 0 with input as {"kind": "Pod", "spec": {"containers": {"securityContext": {"privileged": true}}}}
}

test_rbac_grants_match_wildcards if {
	k8s.grants({"apiGroups": ["*"], "resources": ["pods/exec"], "verbs": ["*"]}, "", "pods/exec", "create")
	not k8s.grants({"apiGroups": [""], "resources": ["*"], "verbs": ["get"]}, "", "secrets", "get")
	not k8s.grants({"apiGroups": ["apps"], "resources": ["secrets"], "verbs": ["get"]}, "", "secrets", "get")
}

test_containers_cover_every_list_with_routes if {
	routes := {c.path | some c in k8s.containers} with input as deployment
	routes == {
		["spec", "template", "spec", "initContainers", 0],
		["spec", "template", "spec", "containers", 0],
		["spec", "template", "spec", "containers", 1],
	}
	count(k8s.app_containers) == 2 with input as deployment
}

test_container_labels_name_or_position if {
	labels := {c.label | some c in k8s.containers} with input as deployment
	labels == {`init container "migrate"`, `container "app"`, "container #1"}
}

test_container_setting_overrides_pod_setting if {
	some c in k8s.containers with input as deployment
	c.label == `container "app"`
	k8s.security_value(c, "runAsUser") == 0 with input as deployment
	k8s.security_path(c, "runAsUser") == ["spec", "template", "spec", "containers", 0, "securityContext", "runAsUser"] with input as deployment
}

test_pod_setting_applies_when_container_is_silent if {
	some c in k8s.containers with input as deployment
	c.label == "container #1"
	k8s.security_value(c, "runAsNonRoot") == true with input as deployment
	k8s.security_path(c, "runAsNonRoot") == ["spec", "template", "spec", "securityContext", "runAsNonRoot"] with input as deployment
	not k8s.security_value(c, "seccompProfile") with input as deployment
}

test_existing_path_stops_at_the_deepest_present_key if {
	k8s.existing_path(["c"], {"resources": {"requests": {}}}, ["resources", "limits", "cpu"]) == ["c", "resources"]
	k8s.existing_path(["c"], {}, ["resources", "limits", "cpu"]) == ["c"]
	k8s.existing_path(["c"], {"resources": {"limits": {"cpu": "1"}}}, ["resources", "limits", "cpu"]) == ["c", "resources", "limits", "cpu"]
}

test_image_parts if {
	k8s.image_tag("registry:5000/team/app:1.2") == "1.2"
	k8s.image_tag("registry:5000/team/app") == ""
	k8s.image_tag("nginx@sha256:abc") == ""
	k8s.image_digest("nginx:1.25@sha256:abc") == "sha256:abc"
	k8s.image_pinned_by_digest("nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")
	not k8s.image_pinned_by_digest("nginx@sha256:abc")
	not k8s.image_pinned_by_digest("nginx@sha256:0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef")
	not k8s.image_pinned_by_digest("nginx:1.25")
}
