# METADATA
# title: Controller manager runs every controller with its own credentials
# description: >-
#   Unless `--use-service-account-credentials=true`, every controller acts with the controller
#   manager's own broad identity, so RBAC cannot limit what each controller may do and one abused
#   controller can do what all can.
#   (CIS Kubernetes Benchmark 1.3.3; applies to the static pod manifests kubeadm and
#   other installers write to /etc/kubernetes/manifests.)
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/command-line-tools-reference/kube-controller-manager/
# custom:
#   id: k8s/controller-manager-service-account-credentials
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Pass `--use-service-account-credentials=true` (kubeadm does).
#
#     Before:
#     ```yaml
#     - --use-service-account-credentials=false
#     ```
#     After:
#     ```yaml
#     - --use-service-account-credentials=true
#     ```
#   tags: [security, control-plane, cis]
#   frameworks:
#     cis-kubernetes: ["1.3.3"]
#   equivalents:
#     kubescape: [ensure-that-the-controller-manager-use-service-account-credentials-argument-is-set-to-true]
package palisade.k8s.controller_manager_service_account_credentials

import data.palisade.lib.k8s_control_plane as cp

violation contains cp.finding(c, "kube-controller-manager", "use-service-account-credentials", "runs every controller with its own credentials (--use-service-account-credentials is not true)") if {
	some c in cp.containers("kube-controller-manager")
	cp.value_or(c, "use-service-account-credentials", "false") != "true"
}
