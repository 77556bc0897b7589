# METADATA
# title: VM instance accepts project-wide SSH keys
# description: >-
#   Project-wide SSH keys are valid on every VM of the project, so one leaked key opens all of them.
#   Blocking them per instance limits a key to the machines it was meant for (CIS GCP Foundations
#   4.3); OS Login is the better alternative.
# related_resources:
#   - ref: https://cloud.google.com/compute/docs/connect/restrict-ssh-keys#block-keys
# custom:
#   id: terraform/gcp-compute-project-ssh-keys
#   severity: medium
#   kinds: [terraform-plan]
#   remediation: |
#     Set `metadata = { block-project-ssh-keys = true }` (or enable OS Login with `enable-oslogin =
#     "TRUE"`).
#
#     Before:
#     ```hcl
#     resource "google_compute_instance" "vm" {
#       name = "vm"
#     }
#     ```
#     After:
#     ```hcl
#     resource "google_compute_instance" "vm" {
#       name = "vm"
#       metadata = {
#         block-project-ssh-keys = true
#       }
#     }
#     ```
#   tags: [security, gcp, compute, ssh]
#   frameworks:
#     cis-gcp: ["4.3"]
#   equivalents:
#     checkov: [CKV_GCP_32]
#     trivy: [AVD-GCP-0030]
#     kics: [gcp/project_wide_ssh_keys_are_enabled_in_vm_instances]
package palisade.terraform.gcp_compute_project_ssh_keys

import data.palisade.lib.terraform as tf

violation contains v if {
	some r in tf.of_type("google_compute_instance")
	not tf.unknown(r, "metadata")
	not _blocks_project_keys(r)
	not _os_login(r)
	v := {
		"msg": sprintf("VM %s accepts the project-wide SSH keys; set metadata block-project-ssh-keys = true", [r.address]),
		"path": _path(r),
	}
}

_truthy(x) if x == true

_truthy(x) if lower(x) == "true"

_blocks_project_keys(r) if _truthy(r.after.metadata["block-project-ssh-keys"])

_os_login(r) if _truthy(r.after.metadata["enable-oslogin"])

_path(r) := array.concat(r.path, ["metadata", "block-project-ssh-keys"]) if {
	"block-project-ssh-keys" in object.keys(r.after.metadata)
} else := tf.attr_path(r, "metadata")
