# METADATA
# title: OpenSearch / Elasticsearch domain accepts plain HTTP
# description: >-
#   A domain endpoint that does not enforce HTTPS accepts requests, credentials and query results
#   over plain HTTP, readable and alterable by anyone on the path. AWS Foundational Security Best
#   Practices ES.8 / OpenSearch.8 require HTTPS with a current TLS policy.
# related_resources:
#   - ref: https://docs.aws.amazon.com/opensearch-service/latest/developerguide/infrastructure-security.html
# custom:
#   id: terraform/elasticsearch-https-only
#   severity: high
#   kinds: [terraform-plan]
#   remediation: |
#     Add `domain_endpoint_options` with `enforce_https = true` and a TLS 1.2 policy.
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
#       domain_endpoint_options {
#         enforce_https       = true
#         tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
#       }
#     }
#     ```
#   tags: [security, aws, opensearch, tls]
#   equivalents:
#     checkov: [CKV_AWS_83]
#     trivy: [AVD-AWS-0046]
package palisade.terraform.elasticsearch_https_only

import data.palisade.lib.terraform as tf

violation contains v if {
	some t in ["aws_elasticsearch_domain", "aws_opensearch_domain"]
	some r in tf.of_type(t)
	_plain_http_allowed(r)
	v := {
		"msg": sprintf("%s accepts plain HTTP requests; set domain_endpoint_options { enforce_https = true }", [r.address]),
		"path": tf.block_attr_path(r, "domain_endpoint_options", "enforce_https"),
	}
}

# The provider computes enforce_https when the block is absent and the API default is off; only
# an unknown value (set from a variable at apply time) is left alone.
_plain_http_allowed(r) if tf.block_not_true(r, "domain_endpoint_options", "enforce_https")
