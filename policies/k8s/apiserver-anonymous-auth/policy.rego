# METADATA
# title: API server accepts anonymous requests
# description: >-
#   The API server treats requests without credentials as user `system:anonymous` unless
#   `--anonymous-auth=false` (the default is true). Any RBAC rule or webhook that grants
#   `system:anonymous` or `system:unauthenticated` is then open to everyone who can reach the
#   port, which is how exposed clusters get mined.
#   (CIS Kubernetes Benchmark 1.2.1; applies to the static pod manifests kubeadm and
#   other installers write to /etc/kubernetes/manifests.)
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/
# custom:
#   id: k8s/apiserver-anonymous-auth
#   severity: high
#   kinds: [kubernetes]
#   remediation: |
#     Pass `--anonymous-auth=false` to kube-apiserver (health checks can use an authenticated
#     probe or the `/livez` endpoint with a token).
#
#     Before:
#     ```yaml
#     - --anonymous-auth=true
#     ```
#     After:
#     ```yaml
#     - --anonymous-auth=false
#     ```
#   tags: [security, control-plane, cis]
#   frameworks:
#     cis-kubernetes: ["1.2.1"]
#   equivalents:
#     kubescape: [ensure-that-the-api-server-anonymous-auth-argument-is-set-to-false]
package palisade.k8s.apiserver_anonymous_auth

import data.palisade.lib.k8s_control_plane as cp

violation contains cp.finding(c, "kube-apiserver", "anonymous-auth", "accepts anonymous requests (--anonymous-auth is not false)") if {
	some c in cp.containers("kube-apiserver")
	cp.value_or(c, "anonymous-auth", "true") != "false"
}
