# METADATA
# title: GKE cluster with legacy ABAC authorization
# description: >-
#   Legacy Attribute-Based Access Control grants broad, statically configured permissions that
#   bypass Kubernetes RBAC and cannot be audited or narrowed per namespace; with it on, RBAC
#   restrictions do not hold. CIS Google Kubernetes Engine Benchmark 5.8.3 and CIS GCP Foundations
#   7.3 require it disabled.
# related_resources:
#   - ref: https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#leave_abac_disabled_default_for_110
# custom:
#   id: terraform/gke-legacy-abac
#   severity: high
#   kinds: [terraform-plan]
#   remediation: |
#     Remove `enable_legacy_abac = true` (it defaults to false) and grant access with Kubernetes
#     RBAC and IAM.
#
#     Before:
#     ```hcl
#     resource "google_container_cluster" "main" {
#       name               = "main"
#       enable_legacy_abac = true
#     }
#     ```
#     After:
#     ```hcl
#     resource "google_container_cluster" "main" {
#       name = "main"
#     }
#     ```
#   tags: [security, gcp, gke, kubernetes, rbac]
#   frameworks:
#     cis-gke: ["5.8.3"]
#   equivalents:
#     checkov: [CKV_GCP_7]
#     trivy: [AVD-GCP-0064]
package palisade.terraform.gke_legacy_abac

import data.palisade.lib.terraform as tf

violation contains v if {
	some r in tf.of_type("google_container_cluster")
	tf.is_true(r, "enable_legacy_abac")
	v := {
		"msg": sprintf("GKE cluster %s enables legacy ABAC, which bypasses Kubernetes RBAC; remove enable_legacy_abac", [r.address]),
		"path": array.concat(r.path, ["enable_legacy_abac"]),
	}
}
