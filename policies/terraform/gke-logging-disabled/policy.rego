# METADATA
# title: GKE cluster logging disabled or on the retired legacy service
# description: >-
#   With `logging_service = "none"` (or `monitoring_service = "none"`) a GKE cluster sends no
#   system, audit or workload logs to Cloud Logging, so an intrusion leaves no trace; the legacy
#   `logging.googleapis.com` service is no longer supported and does not collect Kubernetes logs.
#   CIS Google Kubernetes Engine Benchmark 5.7.1 asks for Cloud Logging and Monitoring.
# related_resources:
#   - ref: https://cloud.google.com/kubernetes-engine/docs/concepts/about-logs
# custom:
#   id: terraform/gke-logging-disabled
#   severity: medium
#   kinds: [terraform-plan]
#   remediation: |
#     Remove the setting (the default is `logging.googleapis.com/kubernetes`) or set it to that
#     value.
#
#     Before:
#     ```hcl
#     resource "google_container_cluster" "main" {
#       name            = "main"
#       logging_service = "none"
#     }
#     ```
#     After:
#     ```hcl
#     resource "google_container_cluster" "main" {
#       name            = "main"
#       logging_service = "logging.googleapis.com/kubernetes"
#     }
#     ```
#   tags: [security, gcp, gke, kubernetes, logging]
#   frameworks:
#     cis-gke: ["5.7.1"]
#   equivalents:
#     checkov: [CKV_GCP_1, CKV_GCP_8]
#     kics: [gcp/stackdriver_logging_disabled]
package palisade.terraform.gke_logging_disabled

import data.palisade.lib.terraform as tf

_legacy := {"logging_service": "logging.googleapis.com", "monitoring_service": "monitoring.googleapis.com"}

violation contains v if {
	some r in tf.of_type("google_container_cluster")
	some key, legacy in _legacy
	value := r.after[key]
	value in {"none", legacy}
	v := {
		"msg": sprintf("GKE cluster %s sets %s = %q, so Kubernetes logs are not collected; use %s/kubernetes", [r.address, key, value, legacy]),
		"path": array.concat(r.path, [key]),
	}
}
