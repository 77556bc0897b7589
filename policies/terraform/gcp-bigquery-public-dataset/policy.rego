# METADATA
# title: BigQuery dataset readable by anyone
# description: >-
#   Granting a BigQuery dataset to `allUsers` or `allAuthenticatedUsers` makes every table in it
#   readable by anyone on the internet (or any Google account), a common source of large data leaks.
#   CIS GCP Foundations 7.1 forbids anonymous or public access to datasets.
# related_resources:
#   - ref: https://cloud.google.com/bigquery/docs/dataset-access-controls
# custom:
#   id: terraform/gcp-bigquery-public-dataset
#   severity: high
#   kinds: [terraform-plan]
#   remediation: |
#     Remove the `allUsers` / `allAuthenticatedUsers` grant and give access to named groups or
#     service accounts.
#
#     Before:
#     ```hcl
#     access {
#       role          = "READER"
#       special_group = "allAuthenticatedUsers"
#     }
#     ```
#     After:
#     ```hcl
#     access {
#       role           = "READER"
#       group_by_email = "analysts@example.com"
#     }
#     ```
#   tags: [security, gcp, bigquery, public-access]
#   frameworks:
#     cis-gcp: ["7.1"]
#   equivalents:
#     checkov: [CKV_GCP_15]
#     trivy: [AVD-GCP-0046]
package palisade.terraform.gcp_bigquery_public_dataset

import data.palisade.lib.terraform as tf

violation contains v if {
	some r in tf.of_type("google_bigquery_dataset")
	some i, grant in r.after.access
	some key in ["special_group", "iam_member"]
	tf.public_member(grant[key])
	v := _finding(r, grant[key], array.concat(r.path, ["access", i, key]))
}

violation contains v if {
	some t in ["google_bigquery_dataset_iam_member", "google_bigquery_dataset_access"]
	some r in tf.of_type(t)
	some key in ["member", "special_group", "iam_member"]
	member := r.after[key]
	tf.public_member(member)
	v := _finding(r, member, array.concat(r.path, [key]))
}

violation contains v if {
	some r in tf.of_type("google_bigquery_dataset_iam_binding")
	some i, member in r.after.members
	tf.public_member(member)
	v := _finding(r, member, array.concat(r.path, ["members", i]))
}

_finding(r, member, path) := {
	"msg": sprintf("%s grants dataset access to %s, i.e. to anyone; grant it to named groups or service accounts", [r.address, member]),
	"path": path,
}
