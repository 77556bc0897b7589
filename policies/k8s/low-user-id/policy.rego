# METADATA
# title: Container runs with a low user id
# description: >-
#   UIDs below 10000 are the ones host systems hand out to real users and system daemons. A
#   container running as such a UID shares that identity with a host account, so after an
#   escape or through a host mount it acts with that account's file permissions. (UID 0 is
#   reported by k8s/run-as-root.)
# related_resources:
#   - ref: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
# custom:
#   id: k8s/low-user-id
#   severity: low
#   kinds: [kubernetes]
#   remediation: |
#     Run the container as a UID of 10000 or more, in the pod's securityContext or the
#     container's, and build the image so that this user can run it.
#
#     Before:
#     ```yaml
#     securityContext:
#       runAsUser: 1000
#     ```
#     After:
#     ```yaml
#     securityContext:
#       runAsUser: 10001
#     ```
#   tags: [security, pod-security]
#   equivalents:
#     checkov: [CKV_K8S_40]
#     trivy: [KSV020]
package palisade.k8s.low_user_id

import data.palisade.lib.k8s

violation contains v if {
	some c in k8s.containers
	uid := k8s.security_value(c, "runAsUser")
	is_number(uid)
	uid > 0
	uid < 10000
	v := {
		"msg": sprintf("%s in %s runs as UID %d, which can collide with a host user; use a UID of 10000 or more", [c.label, k8s.resource, uid]),
		"path": k8s.security_path(c, "runAsUser"),
	}
}
