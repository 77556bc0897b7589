# METADATA
# title: Container may run as root
# description: >-
#   A container whose user is root (UID 0) turns any escape from the container, any writable
#   host mount and any kernel bug into root on the node. Unless the pod or the container sets
#   `runAsNonRoot: true` or a non-zero `runAsUser`, the image decides, and most images default
#   to root.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted
# custom:
#   id: k8s/run-as-root
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Set `runAsNonRoot: true` (and a non-zero `runAsUser`) in the pod's securityContext, and do
#     not override it with `runAsUser: 0` or `runAsNonRoot: false` in a container.
#
#     Before:
#     ```yaml
#     spec:
#       containers:
#         - name: app
#           image: ghcr.io/acme/app:1.4.0
#     ```
#     After:
#     ```yaml
#     spec:
#       securityContext:
#         runAsNonRoot: true
#         runAsUser: 10001
#       containers:
#         - name: app
#           image: ghcr.io/acme/app:1.4.0
#     ```
#   tags: [security, pod-security]
#   frameworks:
#     cis-kubernetes: ["5.2.6"]
#   equivalents:
#     checkov: [CKV_K8S_23]
#     trivy: [KSV012]
#     polaris: [runAsRootAllowed]
#     kubescape: [non-root-containers]
#     kube-linter: [run-as-non-root]
package palisade.k8s.run_as_root

import data.palisade.lib.k8s

# runAsUser and runAsNonRoot exist on both the pod and the container; k8s.security_value
# applies Kubernetes' precedence (the container's setting wins).
violation contains v if {
	some c in k8s.containers
	k8s.security_value(c, "runAsUser") == 0
	v := {
		"msg": sprintf("%s in %s runs as root (runAsUser: 0)", [c.label, k8s.resource]),
		"path": k8s.security_path(c, "runAsUser"),
	}
}

violation contains v if {
	some c in k8s.containers
	not numeric_user(c)
	not non_root(c)
	v := {
		"msg": sprintf("%s in %s may run as root: %s", [c.label, k8s.resource, reason(c)]),
		"path": path(c),
	}
}

reason(c) := "runAsNonRoot is false and no non-zero runAsUser is set" if {
	k8s.security_value(c, "runAsNonRoot") == false
} else := "neither the container nor its pod sets runAsNonRoot: true or a non-zero runAsUser"

path(c) := k8s.security_path(c, "runAsNonRoot") if {
	k8s.security_value(c, "runAsNonRoot") == false
} else := k8s.existing_path(c.path, c.container, ["securityContext", "runAsNonRoot"])

# Helpers so that `not` also holds when the setting is absent: OPA evaluates a call nested in a
# negated expression before the `not`, so an undefined value there would fail the whole body.
numeric_user(c) if is_number(k8s.security_value(c, "runAsUser"))

non_root(c) if k8s.security_value(c, "runAsNonRoot") == true
