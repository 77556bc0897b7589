# METADATA
# title: OpenSearch / Elasticsearch domain publishes no logs
# description: >-
#   Without log publishing, failed and slow requests and (with audit logs) who read or changed which
#   index leave no trace in CloudWatch, so an intrusion or an abusive client cannot be investigated
#   afterwards. AWS Foundational Security Best Practices ES.4 / OpenSearch.4 ask for error logs at
#   least, ES.5 / OpenSearch.5 for audit logs.
# related_resources:
#   - ref: https://docs.aws.amazon.com/opensearch-service/latest/developerguide/createdomain-configure-slow-logs.html
# custom:
#   id: terraform/elasticsearch-logging
#   severity: low
#   kinds: [terraform-plan]
#   remediation: |
#     Add a `log_publishing_options` block sending at least `ES_APPLICATION_LOGS` (and `AUDIT_LOGS`)
#     to a CloudWatch log group.
#
#     Before:
#     ```hcl
#     resource "aws_opensearch_domain" "search" {
#       domain_name = "search"
#     }
#     ```
#     After:
#     ```hcl
#     resource "aws_opensearch_domain" "search" {
#       domain_name = "search"
#       log_publishing_options {
#         cloudwatch_log_group_arn = aws_cloudwatch_log_group.search.arn
#         log_type                 = "ES_APPLICATION_LOGS"
#       }
#     }
#     ```
#   tags: [security, aws, opensearch, logging]
#   equivalents:
#     checkov: [CKV_AWS_84]
package palisade.terraform.elasticsearch_logging

import data.palisade.lib.terraform as tf

violation contains v if {
	some t in ["aws_elasticsearch_domain", "aws_opensearch_domain"]
	some r in tf.of_type(t)
	not _publishes_logs(r)
	v := {
		"msg": sprintf("%s publishes no logs to CloudWatch; add log_publishing_options (ES_APPLICATION_LOGS, AUDIT_LOGS)", [r.address]),
		"path": tf.attr_path(r, "log_publishing_options"),
	}
}

_publishes_logs(r) if tf.unknown(r, "log_publishing_options")

_publishes_logs(r) if {
	some opt in r.after.log_publishing_options
	object.get(opt, "enabled", true) != false
}
