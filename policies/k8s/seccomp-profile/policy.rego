# METADATA
# title: Container runs without a seccomp profile
# description: >-
#   Kubernetes runs containers `Unconfined` by default: every system call of the kernel is
#   reachable from inside, including the rarely used ones most kernel exploits go through. The
#   runtime's default profile blocks those calls and almost never breaks an application.
# related_resources:
#   - ref: https://kubernetes.io/docs/tutorials/security/seccomp/
# custom:
#   id: k8s/seccomp-profile
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Set `seccompProfile.type: RuntimeDefault` in the pod's securityContext (or a `Localhost`
#     profile), and do not override it with `Unconfined` in a container.
#
#     Before:
#     ```yaml
#     spec:
#       containers: …
#     ```
#     After:
#     ```yaml
#     spec:
#       securityContext:
#         seccompProfile:
#           type: RuntimeDefault
#       containers: …
#     ```
#   tags: [security, pod-security, hardening]
#   frameworks:
#     cis-kubernetes: ["5.7.2"]
#   equivalents:
#     checkov: [CKV_K8S_31]
#     trivy: [KSV030]
#     kubescape: [set-seccomp-profile]
package palisade.k8s.seccomp_profile

import data.palisade.lib.k8s

# seccompProfile exists on the pod and the container; the container's wins.
violation contains v if {
	some c in k8s.containers
	k8s.security_value(c, "seccompProfile").type == "Unconfined"
	v := {
		"msg": sprintf("%s in %s runs with seccomp profile Unconfined; use RuntimeDefault", [c.label, k8s.resource]),
		"path": array.concat(k8s.security_path(c, "seccompProfile"), ["type"]),
	}
}

violation contains v if {
	some c in k8s.containers
	not profile_type_set(c)
	v := {
		"msg": sprintf("%s in %s sets no seccomp profile, so it runs Unconfined; set seccompProfile.type: RuntimeDefault on the pod", [c.label, k8s.resource]),
		"path": k8s.existing_path(c.path, c.container, ["securityContext", "seccompProfile", "type"]),
	}
}

# A helper so that `not` also holds when no profile is set: OPA evaluates a call inside a negated
# expression before the `not`, so an undefined profile there would fail the whole body.
profile_type_set(c) if k8s.security_value(c, "seccompProfile").type
