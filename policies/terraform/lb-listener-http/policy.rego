# METADATA
# title: Load balancer listener serves plain HTTP
# description: >-
#   An HTTP listener that forwards traffic instead of redirecting it to HTTPS sends requests,
#   credentials and session cookies unencrypted across the internet. Keep port 80 only to
#   redirect to HTTPS.
# related_resources:
#   - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html#redirect-actions
# custom:
#   id: terraform/lb-listener-http
#   severity: high
#   kinds: [terraform-plan]
#   remediation: |
#     Serve HTTPS, and make the HTTP listener redirect to it.
#
#     Before:
#     ```hcl
#     default_action {
#       type             = "forward"
#       target_group_arn = aws_lb_target_group.web.arn
#     }
#     ```
#     After:
#     ```hcl
#     default_action {
#       type = "redirect"
#       redirect {
#         port        = "443"
#         protocol    = "HTTPS"
#         status_code = "HTTP_301"
#       }
#     }
#     ```
#   tags: [security, aws, elb, encryption-in-transit]
#   equivalents:
#     checkov: [CKV_AWS_2]
#     trivy: [AVD-AWS-0054]
package palisade.terraform.lb_listener_http

import data.palisade.lib.terraform as tf

violation contains v if {
	some t in ["aws_lb_listener", "aws_alb_listener"]
	some r in tf.of_type(t)
	r.after.protocol == "HTTP"
	not _redirects_to_https(r)
	not tf.unknown(r, "default_action")
	v := {
		"msg": sprintf("listener %s serves plain HTTP on port %v; redirect it to HTTPS", [r.address, r.after.port]),
		"path": array.concat(r.path, ["protocol"]),
	}
}

_redirects_to_https(r) if {
	some action in r.after.default_action
	action.type == "redirect"
	some redirect in action.redirect
	redirect.protocol == "HTTPS"
}
