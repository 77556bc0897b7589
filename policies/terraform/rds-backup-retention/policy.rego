# METADATA
# title: RDS automated backups disabled or kept too briefly
# description: >-
#   A backup retention period of 0 turns automated backups and point-in-time recovery off; fewer
#   than 7 days leaves too short a window to notice corruption or a bad migration and restore from
#   before it.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html
# custom:
#   id: terraform/rds-backup-retention
#   severity: medium
#   kinds: [terraform-plan]
#   remediation: |
#     Keep automated backups for at least 7 days.
#
#     Before:
#     ```hcl
#     resource "aws_db_instance" "orders" {
#       backup_retention_period = 0
#     }
#     ```
#     After:
#     ```hcl
#     resource "aws_db_instance" "orders" {
#       backup_retention_period = 14
#     }
#     ```
#   tags: [reliability, aws, rds, backup]
#   equivalents:
#     checkov: [CKV_AWS_133]
#     trivy: [AVD-AWS-0077]
package palisade.terraform.rds_backup_retention

import data.palisade.lib.terraform as tf

_minimum_days := 7

violation contains v if {
	some t in ["aws_db_instance", "aws_rds_cluster"]
	some r in tf.of_type(t)
	days := r.after.backup_retention_period
	is_number(days)
	days < _minimum_days
	not tf.configured(r, "replicate_source_db")
	v := {
		"msg": sprintf("%s %s; set backup_retention_period to at least %d days", [r.address, _problem(days), _minimum_days]),
		"path": array.concat(r.path, ["backup_retention_period"]),
	}
}

_problem(0) := "disables automated backups (backup_retention_period = 0)"

_problem(days) := sprintf("keeps automated backups for only %d day(s)", [days]) if days > 0
