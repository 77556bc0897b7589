# METADATA
# title: Container runs without AppArmor confinement
# description: >-
#   On nodes with AppArmor, containers get the runtime's default profile, which blocks writes to
#   /proc and /sys, mounts and other kernel interfaces used in container escapes. An
#   `Unconfined` profile (securityContext.appArmorProfile or the older
#   container.apparmor.security.beta.kubernetes.io annotation) removes that layer; the Pod
#   Security Standards' baseline profile forbids it.
# related_resources:
#   - ref: https://kubernetes.io/docs/tutorials/security/apparmor/
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
# custom:
#   id: k8s/apparmor-unconfined
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Use the runtime's default profile (or a localhost profile written for the workload).
#
#     Before:
#     ```yaml
#     securityContext:
#       appArmorProfile:
#         type: Unconfined
#     ```
#     After:
#     ```yaml
#     securityContext:
#       appArmorProfile:
#         type: RuntimeDefault
#     ```
#   tags: [security, pod-security]
package palisade.k8s.apparmor_unconfined

import data.palisade.lib.k8s

violation contains v if {
	k8s.pod_spec.securityContext.appArmorProfile.type == "Unconfined"
	v := {
		"msg": sprintf("%s runs its containers without AppArmor (Unconfined); use RuntimeDefault", [k8s.resource]),
		"path": array.concat(k8s.pod_spec_path, ["securityContext", "appArmorProfile", "type"]),
	}
}

violation contains v if {
	some c in k8s.containers
	c.container.securityContext.appArmorProfile.type == "Unconfined"
	v := {
		"msg": sprintf("%s in %s runs without AppArmor (Unconfined); use RuntimeDefault", [c.label, k8s.resource]),
		"path": array.concat(c.path, ["securityContext", "appArmorProfile", "type"]),
	}
}

# The annotation lives on the pod's metadata: the object's for a Pod, the template's otherwise.
pod_metadata_path := ["metadata"] if {
	k8s.pod_spec_path == ["spec"]
} else := array.concat(array.slice(k8s.pod_spec_path, 0, count(k8s.pod_spec_path) - 1), ["metadata"])

violation contains v if {
	annotations := object.get(input, array.concat(pod_metadata_path, ["annotations"]), {})
	some key, value in annotations
	startswith(key, "container.apparmor.security.beta.kubernetes.io/")
	value == "unconfined"
	v := {
		"msg": sprintf("%s runs container %q without AppArmor (annotation %s: unconfined); use runtime/default", [k8s.resource, substring(key, count("container.apparmor.security.beta.kubernetes.io/"), -1), key]),
		"path": array.concat(pod_metadata_path, ["annotations", key]),
	}
}
