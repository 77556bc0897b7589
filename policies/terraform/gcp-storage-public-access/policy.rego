# METADATA
# title: Google Cloud Storage bucket is public
# description: >-
#   Granting a role on a bucket to `allUsers` makes its objects readable (or writable) by anyone
#   on the internet; `allAuthenticatedUsers` means any Google account in the world, not just your
#   organization's.
# related_resources:
#   - ref: https://cloud.google.com/storage/docs/access-control/making-data-public
# custom:
#   id: terraform/gcp-storage-public-access
#   severity: critical
#   kinds: [terraform-plan]
#   remediation: |
#     Grant the role to specific users, groups or service accounts; turn on public access
#     prevention on the bucket.
#
#     Before:
#     ```hcl
#     resource "google_storage_bucket_iam_member" "viewer" {
#       bucket = google_storage_bucket.assets.name
#       role   = "roles/storage.objectViewer"
#       member = "allUsers"
#     }
#     ```
#     After:
#     ```hcl
#     resource "google_storage_bucket_iam_member" "viewer" {
#       bucket = google_storage_bucket.assets.name
#       role   = "roles/storage.objectViewer"
#       member = "group:web-team@example.com"
#     }
#     ```
#   tags: [security, gcp, storage, data-exposure]
#   frameworks:
#     cis-gcp: ["5.1"]
#   equivalents:
#     checkov: [CKV_GCP_28]
#     trivy: [AVD-GCP-0001]
#     kics: [gcp/cloud_storage_anonymous_or_publicly_accessible, gcp/cloud_storage_bucket_is_publicly_accessible]
package palisade.terraform.gcp_storage_public_access

import data.palisade.lib.terraform as tf

_public := {"allUsers": "anyone on the internet", "allAuthenticatedUsers": "any Google account"}

violation contains v if {
	some r in tf.of_type("google_storage_bucket_iam_member")
	who := _public[r.after.member]
	v := {
		"msg": sprintf("%s grants %s on bucket %s to %s (%s); grant it to specific principals", [r.address, r.after.role, _bucket(r), r.after.member, who]),
		"path": array.concat(r.path, ["member"]),
	}
}

violation contains v if {
	some r in tf.of_type("google_storage_bucket_iam_binding")
	some k, member in r.after.members
	who := _public[member]
	v := {
		"msg": sprintf("%s grants %s on bucket %s to %s (%s); grant it to specific principals", [r.address, r.after.role, _bucket(r), member, who]),
		"path": array.concat(r.path, ["members", k]),
	}
}

violation contains v if {
	some t in ["google_storage_bucket_access_control", "google_storage_default_object_access_control", "google_storage_object_access_control"]
	some r in tf.of_type(t)
	who := _public[r.after.entity]
	v := {
		"msg": sprintf("%s gives %s %s access to bucket %s; remove the ACL entry", [r.address, r.after.entity, r.after.role, _bucket(r)]),
		"path": array.concat(r.path, ["entity"]),
	}
}

_bucket(r) := r.after.bucket if is_string(r.after.bucket)

_bucket(r) := "(known after apply)" if not is_string(object.get(r.after, "bucket", null))
